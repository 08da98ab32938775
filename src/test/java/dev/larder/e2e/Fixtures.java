package dev.larder.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Distributions the tests make on the spot with the venv's Python, beside the prebuilt fixtures. */
final class Fixtures {
    private Fixtures() {}

    private static final String REWRITE_WITH_COMMENT = String.join("\n",
            "import sys, zipfile",
            "src, dst = sys.argv[1], sys.argv[2]",
            "with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w') as zout:",
            "    for item in zin.infolist():",
            "        zout.writestr(item, zin.read(item.filename))",
            "    zout.comment = b'rebuilt by the Larder tests: same name, other bytes'",
            "");

    /**
     * A copy of a wheel under the same file name whose bytes differ (an archive comment is added),
     * still a valid wheel that twine and uv accept locally: the "same filename, other content" case.
     */
    static Path sameNameOtherBytes(PythonTools py, Path wheel, Path dir) {
        try {
            Files.createDirectories(dir);
            Path out = dir.resolve(wheel.getFileName());
            var r = py.run(Map.of(), py.python().toString(), "-c", REWRITE_WITH_COMMENT, wheel.toString(), out.toString());
            if (!r.succeeded()) {
                throw new AssertionError(r.describe());
            }
            if (Digest.sha256(out).equals(Digest.sha256(wheel))) {
                throw new AssertionError("the rewritten wheel has the same bytes as " + wheel);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid pure-Python wheel of {@code megabytes} MiB of random bytes (src/test/python/make_big_wheel.py). */
    static Path bigWheel(PythonTools py, Path dir, String name, String version, int megabytes) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path script = Path.of("src/test/python/make_big_wheel.py").toAbsolutePath();
        var r = py.run(Duration.ofMinutes(5), Map.of(), null, List.of(py.python().toString(), script.toString(),
                dir.toString(), name, version, Integer.toString(megabytes)));
        if (!r.succeeded()) {
            throw new AssertionError(r.describe());
        }
        return Path.of(r.stdout().strip());
    }
}
