package dev.larder.upload;

import java.time.Duration;
import java.util.Optional;

/**
 * Limits an upload must respect.
 *
 * @param releaseUploadWindow how long after its first file a release still accepts new files
 *                            (PyPI: 14 days); empty means forever
 */
public record UploadPolicy(long maxFileSize, long maxProjectSize, Optional<Duration> releaseUploadWindow) {}
