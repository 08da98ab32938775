package dev.larder.trust;

import java.time.Instant;

/** An upload token handed to a CI job: its secret text and when it stops working. */
public record MintedToken(String token, Instant expires) {}
