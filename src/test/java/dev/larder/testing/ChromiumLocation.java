package dev.larder.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the browser tests find Chromium: {@code LARDER_CHROMIUM} (which {@code ./run-tests} sets
 * after installing Debian's package), else {@code chromium} on the PATH. Without one the browser
 * tests are skipped on a laptop, and fail under {@code LARDER_REQUIRE_E2E=1}, so CI cannot pass
 * by not running them.
 */
final class ChromiumLocation {
    private ChromiumLocation() {
    }

    static Path require() {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        String message = "the browser tests need Chromium: install Debian's chromium package or set LARDER_CHROMIUM";
        if ("1".equals(System.getenv("LARDER_REQUIRE_E2E"))) {
            throw new AssertionError(message + " (LARDER_REQUIRE_E2E=1, so this is a failure)");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    private static Optional<Path> find() {
        String configured = System.getenv("LARDER_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = System.getenv().getOrDefault("PATH", "");
        for (String dir : searchPath.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
