package dev.larder.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code larder serve} in a JVM of its own, so a test can {@code kill -9} it mid-request and start
 * it again on the same data directory. It listens on a free port, which is read from the line it
 * prints once it serves; its log goes to a file.
 */
final class LarderProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Larder is serving (https?://[^/]+)/simple/");

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private LarderProcess(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    static LarderProcess start(Path dataDir, Path log, String... extraArgs) {
        return start(dataDir, log, Map.of(), extraArgs);
    }

    /**
     * Also sets {@code env} in the server's environment (on top of this JVM's, less any
     * {@code LARDER_} variable), e.g. the AWS credentials an {@code s3://} storage reads.
     */
    static LarderProcess start(Path dataDir, Path log, Map<String, String> env, String... extraArgs) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath, "dev.larder.cli.Main",
                "serve", "--listen", "127.0.0.1:0", "--data", dataDir.toString()));
        cmd.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("LARDER_"));
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<String> serving = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        serving.complete(m.group(1));
                    }
                }
            } catch (IOException ignored) {
                // the process went away
            }
            serving.completeExceptionally(new IllegalStateException("larder serve ended before it served"));
        }, "larder-serve-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return new LarderProcess(p, serving.get(90, TimeUnit.SECONDS), log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new AssertionError("larder serve did not start: " + e + "\n" + logText(log));
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    String uploadUrl() {
        return baseUrl + "/legacy/";
    }

    String log() {
        return logText(log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("larder serve did not die on SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static String logText(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
