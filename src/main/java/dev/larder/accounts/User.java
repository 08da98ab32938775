package dev.larder.accounts;

import java.time.Instant;

/** A person with an account. The password hash never leaves this package's adapters. */
public record User(long id, String name, String email, boolean admin, boolean disabled, Instant createdAt) {}
