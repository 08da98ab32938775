package dev.larder.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Python clients the end-to-end tests drive (twine, uv, pip, build, from the venvs that
 * {@code ./run-tests} provisions) and the fixture distributions it built.
 *
 * <p>Found through {@code LARDER_TEST_VENV}, {@code LARDER_TEST_TWINE61} and {@code LARDER_TEST_DISTS}
 * (defaults: {@code .test-env/...} under the project). When they are missing the tests are skipped,
 * so a bare {@code mvn test} on a laptop passes; with {@code LARDER_REQUIRE_E2E=1} (as run-tests
 * sets) a missing tool fails the tests instead.
 *
 * <p>Every command runs with a clean environment: nothing named {@code TWINE_*}, {@code UV_*},
 * {@code PIP_*}, no CA bundle or proxy variables and no user config from the machine; a private
 * HOME; pip with {@code PIP_CONFIG_FILE=/dev/null} (the machine's pip config adds find-links). The
 * caller adds exactly the variables a test needs.
 */
public final class PythonTools {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

    private final Path venv;
    private final Path twine61;
    private final Path dists;
    private final Path home;

    private PythonTools(Path venv, Path twine61, Path dists, Path home) {
        this.venv = venv;
        this.twine61 = twine61;
        this.dists = dists;
        this.home = home;
    }

    /** The tools, or a skipped test (a failed one when {@code LARDER_REQUIRE_E2E=1}) when they are missing. */
    public static PythonTools require() {
        Path venv = location("LARDER_TEST_VENV", ".test-env/venv");
        Path twine61 = location("LARDER_TEST_TWINE61", ".test-env/twine61");
        Path dists = location("LARDER_TEST_DISTS", ".test-env/dists");
        List<String> problems = new ArrayList<>();
        for (Path exe : List.of(venv.resolve("bin/python"), venv.resolve("bin/twine"), venv.resolve("bin/uv"),
                twine61.resolve("bin/twine"))) {
            if (!Files.isExecutable(exe)) {
                problems.add("missing " + exe);
            }
        }
        if (!Files.isDirectory(dists)) {
            problems.add("missing " + dists);
        }
        if (!problems.isEmpty()) {
            missing(String.join(", ", problems));
        }
        try {
            // Under target/ when there is one (Maven's working directory), so nothing piles up in /tmp
            // when the forked test JVM is halted before its shutdown hooks run.
            Path target = Path.of("target");
            Path home = Files.isDirectory(target)
                    ? Files.createTempDirectory(target, "e2e-home")
                    : Files.createTempDirectory("larder-e2e-home");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(home)));
            return new PythonTools(venv, twine61, dists, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the test, or fails it when {@code LARDER_REQUIRE_E2E=1}, because {@code what} is missing. */
    private static void missing(String what) {
        String message = "the end-to-end tests need the Python clients that ./run-tests installs: " + what;
        if ("1".equals(System.getenv("LARDER_REQUIRE_E2E"))) {
            throw new AssertionError(message + " (LARDER_REQUIRE_E2E=1, so this is a failure)");
        }
        Assumptions.abort(message);
    }

    /**
     * These tools, after checking that the venv's Python can import {@code modules} (such as
     * {@code id}); a missing one skips the test, or fails it as {@link #require()} does.
     */
    public PythonTools requireModules(String... modules) {
        for (String module : modules) {
            Result r = run(Map.of(), python().toString(), "-c", "import " + module);
            if (!r.succeeded()) {
                missing("the Python module '" + module + "' in " + venv + " (" + r.stderr().strip() + ")");
            }
        }
        return this;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }

    private static Path location(String variable, String fallback) {
        String v = System.getenv(variable);
        return (v == null || v.isBlank() ? Path.of(fallback) : Path.of(v)).toAbsolutePath();
    }

    public Path python() {
        return venv.resolve("bin/python");
    }

    /** The latest twine. */
    public Path twine() {
        return venv.resolve("bin/twine");
    }

    /** twine 6.1.0: the last one that allows {@code --skip-existing} against a custom index. */
    public Path twine61() {
        return twine61.resolve("bin/twine");
    }

    public Path uv() {
        return venv.resolve("bin/uv");
    }

    public Path distsDir() {
        return dists;
    }

    /** A fixture distribution by file name, e.g. {@code demo_pkg-1.0-py3-none-any.whl}. */
    public Path dist(String filename) {
        Path p = dists.resolve(filename);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("fixture distribution " + p + " is missing; run ./run-tests to build it");
        }
        return p;
    }

    /** Copies the named fixture distributions to a fresh folder (so "dist/*" means exactly these). */
    public Path distFolder(Path parent, String... filenames) {
        try {
            Path dir = Files.createTempDirectory(parent, "dist");
            for (String f : filenames) {
                Files.copy(dist(f), dir.resolve(f));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result run(Map<String, String> env, String... command) {
        return run(DEFAULT_TIMEOUT, env, null, List.of(command));
    }

    public Result run(Map<String, String> env, List<String> command) {
        return run(DEFAULT_TIMEOUT, env, null, command);
    }

    /**
     * Runs a command to its end (or kills it and its children at the timeout) with the clean
     * environment described above plus {@code env}, and returns its exit code and output.
     */
    public Result run(Duration timeout, Map<String, String> env, Path workDir, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(PythonTools::inheritedVariableToDrop);
        environment.putAll(baseEnvironment());
        environment.putAll(env);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Path out;
        Path err;
        try {
            out = Files.createTempFile(home, "stdout", ".txt");
            err = Files.createTempFile(home, "stderr", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        boolean timedOut = false;
        int code;
        try {
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            code = timedOut ? -1 : p.exitValue();
            return new Result(command, code, timedOut, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            try {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            } catch (IOException ignored) {
                // temporary files in a temporary folder
            }
        }
    }

    private static boolean inheritedVariableToDrop(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return Stream.of("TWINE_", "UV_", "PIP_", "PYTHON", "VIRTUAL_ENV", "CONDA", "XDG_", "KEYRING")
                        .anyMatch(n::startsWith)
                || Arrays.asList("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR",
                        "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "HOME", "NETRC", "COLUMNS", "TERM").contains(n);
    }

    private Map<String, String> baseEnvironment() {
        Map<String, String> m = new HashMap<>();
        m.put("HOME", home.toString());
        m.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        m.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        m.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        m.put("PYTHONDONTWRITEBYTECODE", "1");
        m.put("PYTHONUNBUFFERED", "1");
        m.put("PYTHONIOENCODING", "utf-8");
        m.put("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring");
        m.put("PIP_CONFIG_FILE", "/dev/null");
        m.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
        m.put("PIP_NO_INPUT", "1");
        m.put("UV_NO_CONFIG", "1");
        m.put("UV_HTTP_RETRIES", "0");
        m.put("UV_PYTHON_DOWNLOADS", "never");
        m.put("UV_NO_PROGRESS", "1");
        m.put("NO_COLOR", "1");
        // twine prints through rich, which wraps at the terminal width: keep messages on one line
        // (and no TERM: rich takes TERM=dumb to mean 80 columns whatever COLUMNS says).
        m.put("COLUMNS", "500");
        m.put("TWINE_NON_INTERACTIVE", "1");
        return m;
    }

    /** What a command did. {@link #output()} is stdout and stderr together, for messages that may go to either. */
    public record Result(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr) {
        public String output() {
            return stdout + "\n" + stderr;
        }

        public boolean succeeded() {
            return exitCode == 0 && !timedOut;
        }

        /** For assertion messages: the command and everything it printed. */
        public String describe() {
            return String.join(" ", command) + "\n-> exit " + (timedOut ? "TIMEOUT" : exitCode)
                    + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }
}
