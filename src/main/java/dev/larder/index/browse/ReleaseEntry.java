package dev.larder.index.browse;

import java.time.Instant;
import java.util.Optional;

/** One line of a project's release history; {@code shown} marks the release the page is about. */
public record ReleaseEntry(String version, Instant createdAt, boolean yanked, Optional<String> yankedReason,
                           boolean prerelease, boolean shown) {}
