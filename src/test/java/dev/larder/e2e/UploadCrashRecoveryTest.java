package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.accounts.User;
import dev.larder.app.Larder;
import dev.larder.app.LarderSettings;
import dev.larder.config.SettingsSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the server while a large upload is under way: after a restart on the same data
 * directory there is no trace of the interrupted upload (no page entry, no file, no staged bytes, no
 * orphan blob), or, if the kill came after the commit, the whole intact file; either way the same file
 * can then be uploaded.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class UploadCrashRecoveryTest {
    static final int MEGABYTES = 300;
    static final long PAUSE_AFTER = 64L << 20;

    @TempDir
    static Path tmp;

    static PythonTools py;
    static Path wheel;
    static String filename;
    static String blobKey;
    static String sha256;

    @BeforeAll
    static void makeTheBigWheel() {
        py = PythonTools.require();
        wheel = Fixtures.bigWheel(py, tmp.resolve("wheel"), "big-blob", "1.0", MEGABYTES);
        filename = wheel.getFileName().toString();
        String b2 = Digest.blake2b256(wheel);
        blobKey = b2.substring(0, 2) + "/" + b2.substring(2, 4) + "/" + b2.substring(4) + "/" + filename;
        sha256 = Digest.sha256(wheel);
    }

    @Test
    void a_server_killed_in_the_middle_of_an_upload_keeps_no_trace_of_it_and_accepts_the_file_again() throws Exception {
        Path data = tmp.resolve("mid-body");
        String token = createToken(data);
        Path staging = data.resolve("files/.staging");
        HttpClient client = newClient();
        PausingFileBody body = new PausingFileBody(wheel, PAUSE_AFTER);

        LarderProcess first = LarderProcess.start(data, tmp.resolve("mid-body-1.log"), "--max-file-size", "2GiB");
        CompletableFuture<HttpResponse<String>> upload;
        try {
            upload = client.sendAsync(request(first.uploadUrl(), token, body), HttpResponse.BodyHandlers.ofString());
            assertThat(body.paused.await(60, TimeUnit.SECONDS)).as("the client sent %d bytes", PAUSE_AFTER).isTrue();
            Path partial = awaitStagedBytes(staging);
            assertThat(upload).isNotDone();

            first.kill();

            assertThat(Files.size(partial)).as("the crash left a partial staged upload").isPositive();
        } finally {
            body.failFromNowOn();
            first.close();
        }
        assertThat(catchFailure(upload)).as("the interrupted upload must fail on the client").isNotNull();

        try (LarderProcess second = LarderProcess.start(data, tmp.resolve("mid-body-2.log"), "--max-file-size", "2GiB")) {
            assertNoTrace(second, data);

            var again = client.send(request(second.uploadUrl(), token, new PausingFileBody(wheel, Long.MAX_VALUE)),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(again.statusCode()).as(again.body() + "\n" + second.log()).isEqualTo(200);
            assertIntact(second);
        }
    }

    @Test
    void a_server_killed_just_after_receiving_a_whole_upload_has_all_of_the_file_or_none_of_it() throws Exception {
        Path data = tmp.resolve("after-body");
        String token = createToken(data);
        HttpClient client = newClient();
        PausingFileBody body = new PausingFileBody(wheel, Long.MAX_VALUE);

        LarderProcess first = LarderProcess.start(data, tmp.resolve("after-body-1.log"), "--max-file-size", "2GiB");
        CompletableFuture<HttpResponse<String>> upload;
        try {
            upload = client.sendAsync(request(first.uploadUrl(), token, body), HttpResponse.BodyHandlers.ofString());
            assertThat(body.endReached.await(120, TimeUnit.SECONDS)).as("the client read the whole file").isTrue();

            first.kill();
        } finally {
            first.close();
        }
        Throwable failure = catchFailure(upload);

        try (LarderProcess second = LarderProcess.start(data, tmp.resolve("after-body-2.log"), "--max-file-size", "2GiB")) {
            IndexHttp index = new IndexHttp(second.baseUrl());
            boolean listed = index.file("big-blob", filename).isPresent();
            if (failure == null && upload.get().statusCode() == 200) {
                assertThat(listed).as("the server answered 200 before it died, so the file must be there").isTrue();
            }
            if (listed) {
                assertIntact(second);
                try (Stream<Path> staged = Files.list(data.resolve("files/.staging"))) {
                    assertThat(staged.toList()).as("left in the staging folder").isEmpty();
                }
            } else {
                assertNoTrace(second, data);
            }

            var again = client.send(request(second.uploadUrl(), token, new PausingFileBody(wheel, Long.MAX_VALUE)),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(again.statusCode()).as(again.body() + "\n" + second.log()).isEqualTo(200);
            assertIntact(second);
        }
    }

    /** Nothing of the interrupted upload is visible or stored. */
    private static void assertNoTrace(LarderProcess server, Path data) throws IOException {
        IndexHttp index = new IndexHttp(server.baseUrl());
        assertThat(index.files("big-blob")).as("files on /simple/big-blob/").isEmpty();
        assertThat(index.get("/files/" + blobKey, null).statusCode()).isEqualTo(404);
        assertThat(index.get("/files/" + blobKey + ".metadata", null).statusCode()).isEqualTo(404);
        try (Stream<Path> staged = Files.list(data.resolve("files/.staging"))) {
            assertThat(staged.toList()).as("left in the staging folder").isEmpty();
        }
        assertThat(ConcurrentUploadTest.storedFiles(data.resolve("files"))).as("orphan blobs").isEmpty();
    }

    /** The file is listed once with its sha256, and its URL serves exactly its bytes. */
    private static void assertIntact(LarderProcess server) throws Exception {
        IndexHttp index = new IndexHttp(server.baseUrl());
        assertThat(index.files("big-blob")).extracting(f -> f.get("filename").asString()).containsExactly(filename);
        assertThat(index.file("big-blob", filename).orElseThrow().get("hashes").get("sha256").asString()).isEqualTo(sha256);
        HttpResponse<InputStream> r = index.client().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files/" + blobKey)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = r.body()) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        assertThat(HexFormat.of().formatHex(md.digest())).as("sha256 of the served file").isEqualTo(sha256);
    }

    /** Makes the user and the token in the data directory before any server runs on it. */
    private static String createToken(Path data) {
        LarderSettings settings = LarderSettings.from(SettingsSource.of(Map.of("data", data.toString()), Map.of(), null));
        try (Larder larder = Larder.open(settings)) {
            User u = larder.accounts().createUser("alice", "alice@example.com", null, false);
            return larder.tokens().create(u.id(), "crash test", List.of(), Optional.empty());
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest request(String uploadUrl, String token, PausingFileBody body) throws IOException {
        return RawUpload.request(uploadUrl, token, RawUpload.wheelFields(wheel), filename,
                HttpRequest.BodyPublishers.ofInputStream(() -> body), Files.size(wheel));
    }

    /** Waits (bounded) until the server has written some of the upload to its staging folder. */
    private static Path awaitStagedBytes(Path staging) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(staging)) {
                try (Stream<Path> files = Files.list(staging)) {
                    Optional<Path> partial = files.filter(p -> {
                        try {
                            return Files.size(p) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    }).findFirst();
                    if (partial.isPresent()) {
                        return partial.get();
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server never staged any byte of the upload in " + staging);
    }

    private static Throwable catchFailure(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(60, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the upload neither finished nor failed after the server died");
        }
    }
}
