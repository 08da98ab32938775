package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The same file uploaded many times at once (a CI matrix re-running, twine retries): every upload
 * succeeds, the index ends up with exactly one file, and its bytes are intact.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrentUploadTest {
    static final int UPLOADS = 8;

    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestServer server;

    @BeforeAll
    static void start() {
        py = PythonTools.require();
        server = TestServer.start(tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eight_identical_uploads_at_once_all_succeed_and_leave_exactly_one_intact_file() throws Exception {
        // A few MiB, so the uploads overlap in the server rather than finishing one after another.
        Path wheel = Fixtures.bigWheel(py, tmp.resolve("wheel"), "demo-concurrent", "1.0", 8);
        String token = server.tokenFor("alice");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            var request = RawUpload.request(server.uploadUrl(), token, wheel);
            uploads.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }, runnable -> new Thread(runnable, "upload").start()));
        }
        go.countDown();

        List<HttpResponse<String>> responses = new ArrayList<>();
        for (var u : uploads) {
            responses.add(u.get(2, TimeUnit.MINUTES));
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        IndexHttp index = new IndexHttp(server.baseUrl());
        String name = wheel.getFileName().toString();
        List<JsonNode> files = index.files("demo-concurrent");
        assertThat(files).extracting(f -> f.get("filename").asString()).containsExactly(name);
        assertThat(index.anchors("demo-concurrent")).extracting(IndexHttp.Anchor::filename).containsExactly(name);
        String sha256 = Digest.sha256(wheel);
        assertThat(files.get(0).get("hashes").get("sha256").asString()).isEqualTo(sha256);
        var download = index.download(files.get(0).get("url").asString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(Digest.sha256(download.body())).isEqualTo(sha256);
        assertThat(storedFiles(server.dataDir().resolve("files")))
                .as("one blob and its .metadata, nothing left in staging")
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(name, name + ".metadata");
    }

    static List<Path> storedFiles(Path storageRoot) throws IOException {
        try (Stream<Path> walk = Files.walk(storageRoot)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
