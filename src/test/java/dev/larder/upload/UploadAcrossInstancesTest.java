package dev.larder.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.db.Database;
import dev.larder.db.Micros;
import dev.larder.testing.Backend;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two Larder instances sharing one database and one blob store, each with its own data directory:
 * what one accepts, the other lists and serves at once.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class UploadAcrossInstancesTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;

    static Path shared;
    static Map<String, String> settings;
    static TestServer first;
    static TestServer second;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        shared = dir.resolve(backend.name());
        settings = backend.sharedSettings(shared);
        first = TestServer.start(shared.resolve("first"), settings);
        second = TestServer.start(shared.resolve("second"), settings);
        first.tokenFor("alice"); // creates the user once, before uploads race
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        second.close();
        first.close();
    }

    static RawHttp.Response upload(TestServer server, String project, String version, byte[] wheel) {
        String dist = project.replace('-', '_');
        return Uploads.post(server, Uploads.tokenAuth(server.tokenFor("alice")),
                Uploads.wheelForm(project, version, dist + "-" + version + "-py3-none-any.whl", wheel).build());
    }

    static byte[] wheel(String project, String version) {
        return TestDistributions.wheel(project.replace('-', '_'), project, version, version);
    }

    static String page(TestServer server, String project) {
        RawHttp.Response r = RawHttp.send(server.port(), "GET", "/simple/" + project + "/",
                Map.of("Accept", "application/vnd.pypi.simple.v1+json"), null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.text();
    }

    /** Downloads a file the way an installer does: its URL from the simple page, then the bytes. */
    static byte[] install(TestServer server, String project, String filename) {
        String json = page(server, project);
        String url = json.replaceAll("(?s).*\"filename\":\"" + filename.replace(".", "\\.") + "\"[^}]*?\"url\":\"([^\"]+)\".*", "$1");
        assertThat(url).as(json).startsWith("/files/");
        RawHttp.Response file = RawHttp.send(server.port(), "GET", url, Map.of(), null);
        assertThat(file.status()).isEqualTo(200);
        return file.body();
    }

    @Test
    void aFileUploadedThroughOneInstanceIsListedAndServedByTheOtherAtOnce() {
        // The second instance has already answered for this project (and cached nothing stale).
        assertThat(RawHttp.send(second.port(), "GET", "/simple/shared-pkg/", Map.of(), null).status()).isEqualTo(404);
        byte[] v1 = wheel("shared-pkg", "1.0");
        assertThat(upload(first, "shared-pkg", "1.0", v1).status()).isEqualTo(200);
        assertThat(install(second, "shared-pkg", "shared_pkg-1.0-py3-none-any.whl")).isEqualTo(v1);

        byte[] v2 = wheel("shared-pkg", "2.0");
        assertThat(upload(first, "shared-pkg", "2.0", v2).status()).isEqualTo(200);
        assertThat(page(second, "shared-pkg")).contains("shared_pkg-1.0-py3-none-any.whl", "shared_pkg-2.0-py3-none-any.whl")
                .contains(TestDistributions.sha256(v2));
        assertThat(install(second, "shared-pkg", "shared_pkg-2.0-py3-none-any.whl")).isEqualTo(v2);
    }

    @Test
    void uploadsThroughBothInstancesAtOnceToANewProjectAllLandAndEachIsServedByTheOther() throws Exception {
        int uploads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                String version = (i + 1) + ".0";
                TestServer via = i % 2 == 0 ? first : second;
                TestServer other = via == first ? second : first;
                results.add(pool.submit(() -> {
                    byte[] bytes = wheel("raced-pkg", version);
                    go.await();
                    RawHttp.Response r = upload(via, "raced-pkg", version, bytes);
                    assertThat(r.status()).as(r.reason()).isEqualTo(200);
                    assertThat(install(other, "raced-pkg", "raced_pkg-" + version + "-py3-none-any.whl")).isEqualTo(bytes);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : results) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (TestServer server : List.of(first, second)) {
            String json = page(server, "raced-pkg");
            for (int i = 1; i <= uploads; i++) {
                assertThat(json).contains("raced_pkg-" + i + ".0-py3-none-any.whl");
            }
        }
        assertThat(first.larder().projects().detail("raced-pkg").orElseThrow().roles()).hasSize(1);
    }

    @Test
    void concurrentUploadsToOneProjectLeaveEveryPageCompleteAndTheSerialAtTheLatestEntry() throws Exception {
        assertThat(upload(first, "busy-pkg", "0.1", wheel("busy-pkg", "0.1")).status()).isEqualTo(200);
        int uploads = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads + 2);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                String version = (i + 1) + ".0";
                TestServer via = i % 2 == 0 ? first : second;
                results.add(pool.submit(() -> {
                    byte[] bytes = wheel("busy-pkg", version);
                    go.await();
                    assertThat(upload(via, "busy-pkg", version, bytes).status()).isEqualTo(200);
                    return null;
                }));
            }
            // Readers render (and cache) the page on both instances while the uploads commit.
            for (TestServer reader : List.of(first, second)) {
                pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 40; i++) {
                        page(reader, "busy-pkg");
                    }
                    return null;
                });
            }
            go.countDown();
            for (Future<?> f : results) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // Nothing else writes meanwhile, so the index's serial is this project's latest journal entry.
        String latest = RawHttp.send(first.port(), "GET", "/simple/", Map.of(), null).header("X-PyPI-Last-Serial");
        for (TestServer server : List.of(first, second)) {
            RawHttp.Response r = RawHttp.send(server.port(), "GET", "/simple/busy-pkg/",
                    Map.of("Accept", "application/vnd.pypi.simple.v1+json"), null);
            for (int i = 1; i <= uploads; i++) {
                assertThat(r.text()).contains("busy_pkg-" + i + ".0-py3-none-any.whl");
            }
            assertThat(r.header("X-PyPI-Last-Serial")).isEqualTo(latest);
        }
    }

    @Test
    void theSameFileUploadedThroughBothInstancesAtOnceIsAcceptedEverywhereAndStoredOnce() throws Exception {
        byte[] bytes = wheel("twice-pkg", "1.0");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<RawHttp.Response>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                TestServer via = i % 2 == 0 ? first : second;
                results.add(pool.submit(() -> {
                    go.await();
                    return upload(via, "twice-pkg", "1.0", bytes);
                }));
            }
            go.countDown();
            for (Future<RawHttp.Response> r : results) {
                assertThat(r.get().status()).as(r.get().reason()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.larder().projects().detail("twice-pkg").orElseThrow().files()).hasSize(1);
        assertThat(install(first, "twice-pkg", "twice_pkg-1.0-py3-none-any.whl")).isEqualTo(bytes);
        assertThat(install(second, "twice-pkg", "twice_pkg-1.0-py3-none-any.whl")).isEqualTo(bytes);
    }

    /** Stands for an upload under way on an instance: its blob is stored, its row not committed yet. */
    static Path uploadInFlight(String key, String instanceId, Instant since) throws Exception {
        Path blob = shared.resolve("files").resolve(key);
        Files.createDirectories(blob.getParent());
        Files.write(blob, new byte[] {1, 2, 3});
        try (Database db = Database.open(settings.get("database"))) {
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO upload_intents (path, created_at, instance_id) VALUES (:p, :t, :i)")
                    .bind("p", key).bind("t", Micros.of(since)).bind("i", instanceId).execute());
        }
        return blob;
    }

    @Test
    void anInstanceStartingUpLeavesTheUploadsOfOtherInstancesAloneButClearsItsOwnAndLongDeadOnes() throws Exception {
        String firstId = Files.readString(first.dataDir().resolve("instance-id")).trim();
        Path firstsUpload = uploadInFlight("aa/bb/in_flight-1.0-py3-none-any.whl", firstId, Instant.now());
        Path deadUpload = uploadInFlight("cc/dd/dead-1.0-py3-none-any.whl", "gone", Instant.now().minus(Duration.ofDays(2)));
        // ... and the bytes the first instance is receiving right now, in the shared staging folder.
        Path firstsReceiving = Files.writeString(shared.resolve("files/.staging/" + firstId + ".receiving.part"), "partial");
        Path deadReceiving = Files.writeString(shared.resolve("files/.staging/gone.receiving.part"), "partial");
        Files.setLastModifiedTime(deadReceiving, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        try (TestServer third = TestServer.start(shared.resolve("third"), settings)) {
            assertThat(firstsUpload).as("another instance's upload under way").exists();
            assertThat(firstsReceiving).as("another instance's upload being received").exists();
            assertThat(deadUpload).as("an upload of an instance gone for days").doesNotExist();
            assertThat(deadReceiving).as("staged bytes of an instance gone for days").doesNotExist();
        }
        // The first instance restarting (same data directory, same id) knows the upload was its own.
        try (TestServer restarted = TestServer.start(first.dataDir(), settings)) {
            assertThat(firstsUpload).as("the restarted instance's own interrupted upload").doesNotExist();
            assertThat(firstsReceiving).as("the restarted instance's own staged bytes").doesNotExist();
        }
    }
}
