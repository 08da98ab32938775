package dev.larder.index.browse;

import java.time.Instant;
import java.util.Optional;

/** A project in a list: its name, latest version (none when it has no release), summary and last change. */
public record ProjectCard(String name, String normalizedName, Optional<String> latestVersion, String summary, Instant updatedAt) {}
