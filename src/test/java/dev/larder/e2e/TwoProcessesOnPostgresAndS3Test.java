package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.accounts.User;
import dev.larder.app.Larder;
import dev.larder.app.LarderSettings;
import dev.larder.config.HostPort;
import dev.larder.config.SettingsSource;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.S3ProxyServer;
import dev.larder.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The scale-out set-up for real: two {@code larder serve} processes, each in a JVM and data directory
 * of its own, on one PostgreSQL database (the embedded one) and one S3 bucket (S3Proxy), both run by
 * this test JVM. What one instance accepts the other serves at once, to pip too; replay protection
 * and pending publishers hold across the two; and a {@code kill -9} of one in the middle of an
 * upload costs the other nothing and leaves nothing of the interrupted upload anywhere.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TwoProcessesOnPostgresAndS3Test {
    static final String BUCKET = "larder-two";
    static final String PREFIX = "index";
    static final String AUDIENCE = "two-processes";

    @TempDir
    static Path tmp;

    static PythonTools py;
    static S3ProxyServer s3;
    static DevIssuer issuer;
    static String database;
    static String storage;
    static Path config;
    static String aliceToken;
    static String danaToken;
    static LarderProcess a;
    static LarderProcess b;
    static int aStarts;

    @BeforeAll
    static void startPostgresS3AndTwoLarderProcesses() throws Exception {
        py = PythonTools.require();
        s3 = S3ProxyServer.start(Files.createDirectories(tmp.resolve("s3")), BUCKET);
        database = TestPostgres.newDatabase();
        storage = s3.location(BUCKET, PREFIX);
        issuer = DevIssuer.start(new HostPort("127.0.0.1", 0), tmp.resolve("issuer-keys"), DevClaims.github());
        config = tmp.resolve("larder.yaml");
        Files.writeString(config, "trusted-publishing:\n  audience: " + AUDIENCE + "\n  issuers:\n"
                + "    - name: dev\n      type: github\n      url: " + issuer.url() + "\n");
        createUsersAndTokens();

        // Both start at once: neither is the one that made the schema (that was done above).
        CompletableFuture<LarderProcess> startingB = CompletableFuture.supplyAsync(() -> startInstance("b", "b-1.log"));
        a = startA();
        b = startingB.get(3, TimeUnit.MINUTES);
        for (LarderProcess server : List.of(a, b)) {
            HttpResponse<byte[]> ready = new IndexHttp(server.baseUrl()).get("/readyz", null);
            assertThat(ready.statusCode()).as(IndexHttp.text(ready) + "\n" + server.log()).isEqualTo(200);
        }
    }

    /** A test that killed A and failed before restarting it must not take the next tests down too. */
    @BeforeEach
    void bothInstancesServe() {
        if (!a.isAlive()) {
            a = startA();
        }
        assertThat(b.isAlive()).as("B is running").isTrue();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, issuer, s3}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort: the temporary folder goes anyway
            }
        }
    }

    @Test
    void a_wheel_uploaded_through_one_instance_is_served_by_the_other_at_once_and_pip_installs_it_from_there()
            throws Exception {
        IndexHttp viaB = new IndexHttp(b.baseUrl());
        assertThat(viaB.projectJson("demo-pkg")).as("B has already answered for the project").isEmpty();
        Path dep = py.dist("demo_dep-1.0-py3-none-any.whl");
        Path pkg = py.dist("demo_pkg-1.1-py3-none-any.whl");

        var upload = Clients.twineUpload(py, py.twine(), a.uploadUrl(), aliceToken, Map.of(), List.of(), dep, pkg);

        assertThat(upload.succeeded()).as(upload.describe()).isTrue();
        for (Path wheel : List.of(dep, pkg)) {
            String project = wheel.getFileName().toString().startsWith("demo_dep") ? "demo-dep" : "demo-pkg";
            var entry = viaB.file(project, wheel.getFileName().toString());
            assertThat(entry).as("%s on B's page for %s", wheel.getFileName(), project).isPresent();
            assertThat(entry.get().get("hashes").get("sha256").asString()).isEqualTo(Digest.sha256(wheel));
            HttpResponse<byte[]> bytes = viaB.download(entry.get().get("url").asString());
            assertThat(bytes.statusCode()).isEqualTo(200);
            assertThat(bytes.body()).as("the bytes B serves").isEqualTo(Files.readAllBytes(wheel));
        }
        Path target = Files.createTempDirectory(tmp, "pip-from-b");

        var install = Clients.pipInstall(py, b.baseUrl() + "/simple/", target, Map.of(), "demo-pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        var run = Clients.importDemoPkg(py, target);
        assertThat(run.succeeded()).as(run.describe()).isTrue();
        assertThat(run.stdout()).startsWith("1.1\n").contains("hello, larder from demo-pkg 1.1");
    }

    @Test
    void an_oidc_token_exchanged_on_one_instance_is_refused_as_reused_on_the_other() throws Exception {
        assertThat(addPendingPublisher("replayed-once").statusCode()).isEqualTo(201);
        String oidc = issuer.mint(AUDIENCE, claimsFor("replayed-once"));

        HttpResponse<String> first = mint(a, oidc);
        HttpResponse<String> replay = mint(b, oidc);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(422);
        assertThat(replay.body()).contains("invalid-reuse-token");
    }

    @Test
    void a_pending_publisher_exchanged_on_both_instances_at_the_same_moment_creates_one_project_and_both_succeed()
            throws Exception {
        assertThat(addPendingPublisher("raced-pending").statusCode()).isEqualTo(201);
        String forA = issuer.mint(AUDIENCE, claimsFor("raced-pending"));
        String forB = issuer.mint(AUDIENCE, claimsFor("raced-pending"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers;
        try {
            List<Callable<HttpResponse<String>>> calls = List.of(
                    () -> { go.await(); return mint(a, forA); },
                    () -> { go.await(); return mint(b, forB); });
            List<Future<HttpResponse<String>>> futures = calls.stream().map(pool::submit).toList();
            go.countDown();
            answers = List.of(futures.get(0).get(), futures.get(1).get());
        } finally {
            pool.shutdownNow();
        }

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.body() + "\n" + a.log() + "\n" + b.log()).isEqualTo(200);
        }
        assertThat(projectRows("raced-pending")).as("rows in the projects table").isEqualTo(1);
        HttpResponse<String> publishers = send(b, HttpRequest.newBuilder(URI.create(b.baseUrl()
                + "/api/v1/projects/raced-pending/publishers")).header("Authorization", "Bearer " + danaToken).GET());
        assertThat(publishers.statusCode()).as(publishers.body()).isEqualTo(200);
        assertThat(publishers.body()).as("the project's publishers").containsOnlyOnce("\"id\"");
    }

    @Test
    void killing_one_instance_in_the_middle_of_an_upload_loses_nothing_on_the_other_and_leaves_no_trace_of_it()
            throws Exception {
        Path half = Fixtures.bigWheel(py, tmp.resolve("half"), "half-blob", "1.0", 48);
        Path whole = Fixtures.bigWheel(py, tmp.resolve("whole"), "whole-blob", "1.0", 24);
        String halfName = half.getFileName().toString();
        String wholeName = whole.getFileName().toString();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        PausingFileBody halfBody = new PausingFileBody(half, 16L << 20);
        PausingFileBody wholeBody = new PausingFileBody(whole, 8L << 20);
        CompletableFuture<HttpResponse<String>> halfUpload;
        CompletableFuture<HttpResponse<String>> wholeUpload;
        try {
            halfUpload = client.sendAsync(uploadRequest(a, half, halfBody), HttpResponse.BodyHandlers.ofString());
            assertThat(halfBody.paused.await(60, TimeUnit.SECONDS)).as("the client sent A 16 MiB").isTrue();
            Path partial = awaitStagedBytes(dataDir("a").resolve("staging"));
            wholeUpload = client.sendAsync(uploadRequest(b, whole, wholeBody), HttpResponse.BodyHandlers.ofString());
            assertThat(wholeBody.paused.await(60, TimeUnit.SECONDS)).as("the client sent B 8 MiB").isTrue();
            awaitStagedBytes(dataDir("b").resolve("staging"));
            assertThat(halfUpload).isNotDone();
            assertThat(wholeUpload).isNotDone();

            a.kill();

            assertThat(Files.size(partial)).as("the crash left A a partial staged upload").isPositive();
            wholeBody.resume();
        } finally {
            halfBody.failFromNowOn();
            wholeBody.resume();
        }
        HttpResponse<String> wholeAnswer = wholeUpload.get(3, TimeUnit.MINUTES);
        assertThat(wholeAnswer.statusCode()).as(wholeAnswer.body() + "\n" + b.log()).isEqualTo(200);
        assertThat(failureOf(halfUpload)).as("the upload A was receiving must fail on the client").isNotNull();

        assertServes(b, "whole-blob", whole);
        assertNoTraceOf(b, "half-blob", half);
        assertThat(bucketKeys()).as("objects in the bucket")
                .anyMatch(k -> k.endsWith("/" + wholeName))
                .noneMatch(k -> k.contains(halfName));

        a = startA();

        try (Stream<Path> staged = Files.list(dataDir("a").resolve("staging"))) {
            assertThat(staged.toList()).as("left in A's staging folder after its restart").isEmpty();
        }
        for (LarderProcess server : List.of(a, b)) {
            assertServes(server, "whole-blob", whole);
            assertNoTraceOf(server, "half-blob", half);
        }
        var again = client.send(uploadRequest(a, half, new PausingFileBody(half, Long.MAX_VALUE)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.body() + "\n" + a.log()).isEqualTo(200);
        for (LarderProcess server : List.of(a, b)) {
            assertServes(server, "half-blob", half);
            assertServes(server, "whole-blob", whole);
        }
    }

    // ---- the instances -------------------------------------------------------------------------

    static Path dataDir(String instance) {
        return tmp.resolve("data-" + instance);
    }

    static LarderProcess startA() {
        aStarts++;
        return startInstance("a", "a-" + aStarts + ".log");
    }

    /** {@code larder serve} on the shared database, bucket and issuers, with a data directory of its own. */
    static LarderProcess startInstance(String instance, String logName) {
        Map<String, String> env = Map.of(
                "AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY,
                "AWS_REGION", "us-east-1",
                "AWS_EC2_METADATA_DISABLED", "true");
        return LarderProcess.start(dataDir(instance), tmp.resolve(logName), env,
                "--database", database, "--storage", storage, "--config", config.toString(),
                "--max-file-size", "2GiB");
    }

    /** Alice uploads, Dana registers pending publishers; made once, through a third data directory. */
    static void createUsersAndTokens() {
        s3.asDefaultCredentials();
        LarderSettings settings = LarderSettings.from(SettingsSource.of(Map.of(
                "data", tmp.resolve("data-admin").toString(), "database", database, "storage", storage), Map.of(), null));
        try (Larder larder = Larder.open(settings)) {
            User alice = larder.accounts().createUser("alice", "alice@example.com", null, false);
            aliceToken = larder.tokens().create(alice.id(), "two processes", List.of(), Optional.empty());
            User dana = larder.accounts().createUser("dana", "dana@example.com", null, false);
            danaToken = larder.tokens().create(dana.id(), "two processes", List.of(), Optional.empty());
        }
    }

    // ---- trusted publishing --------------------------------------------------------------------

    static HttpResponse<String> addPendingPublisher(String project) throws Exception {
        String json = "{\"project_name\":\"" + project + "\",\"issuer\":\"dev\",\"owner\":\"danaorg\",\"repository\":\""
                + project + "\",\"workflow\":\"release.yml\"}";
        return send(a, HttpRequest.newBuilder(URI.create(a.baseUrl() + "/api/v1/pending-publishers"))
                .header("Authorization", "Bearer " + danaToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Map<String, Object> claimsFor(String repository) {
        String workflow = "danaorg/" + repository + "/.github/workflows/release.yml@refs/heads/main";
        return Map.of("repository", "danaorg/" + repository, "repository_owner", "danaorg",
                "job_workflow_ref", workflow, "workflow_ref", workflow);
    }

    static HttpResponse<String> mint(LarderProcess server, String oidc) throws Exception {
        return send(server, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/_/oidc/mint-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + oidc + "\"}")));
    }

    static HttpResponse<String> send(LarderProcess server, HttpRequest.Builder request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int projectRows(String normalizedName) throws Exception {
        try (Connection c = DriverManager.getConnection(database);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM projects WHERE normalized_name = ?")) {
            s.setString(1, normalizedName);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    // ---- uploads and what is stored ------------------------------------------------------------

    static HttpRequest uploadRequest(LarderProcess server, Path wheel, PausingFileBody body) throws IOException {
        return RawUpload.request(server.uploadUrl(), aliceToken, RawUpload.wheelFields(wheel),
                wheel.getFileName().toString(), HttpRequest.BodyPublishers.ofInputStream(() -> body), Files.size(wheel));
    }

    static String blobKey(Path wheel) {
        String b2 = Digest.blake2b256(wheel);
        return b2.substring(0, 2) + "/" + b2.substring(2, 4) + "/" + b2.substring(4) + "/" + wheel.getFileName();
    }

    /** The project page lists exactly this file with its sha256, and its URL serves exactly its bytes. */
    static void assertServes(LarderProcess server, String project, Path wheel) throws Exception {
        IndexHttp index = new IndexHttp(server.baseUrl());
        String filename = wheel.getFileName().toString();
        assertThat(index.files(project)).as("files on %s/simple/%s/", server.baseUrl(), project)
                .extracting(f -> f.get("filename").asString()).containsExactly(filename);
        assertThat(index.file(project, filename).orElseThrow().get("hashes").get("sha256").asString())
                .isEqualTo(Digest.sha256(wheel));
        HttpResponse<InputStream> r = index.client().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files/" + blobKey(wheel))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        try (InputStream in = r.body()) {
            Path served = Files.createTempFile(tmp, "served", ".whl");
            Files.copy(in, served, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(Digest.sha256(served)).as("sha256 of the file %s serves", server.baseUrl())
                    .isEqualTo(Digest.sha256(wheel));
            Files.delete(served);
        }
    }

    static void assertNoTraceOf(LarderProcess server, String project, Path wheel) {
        IndexHttp index = new IndexHttp(server.baseUrl());
        assertThat(index.files(project)).as("files on %s/simple/%s/", server.baseUrl(), project).isEmpty();
        assertThat(index.get("/files/" + blobKey(wheel), null).statusCode()).isEqualTo(404);
        assertThat(index.get("/files/" + blobKey(wheel) + ".metadata", null).statusCode()).isEqualTo(404);
    }

    static List<String> bucketKeys() {
        try (S3Client client = S3Client.builder().endpointOverride(s3.endpoint()).forcePathStyle(true)
                .region(Region.US_EAST_1).credentialsProvider(s3.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            return client.listObjectsV2Paginator(r -> r.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
        }
    }

    /** Waits (bounded) until the server has written some bytes of an upload to its staging folder. */
    static Path awaitStagedBytes(Path staging) throws Exception {
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
            Thread.sleep(20); // polling a folder for a file to appear, not waiting for time to pass
        }
        throw new AssertionError("the server never staged any byte of the upload in " + staging);
    }

    static Throwable failureOf(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(60, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the upload neither finished nor failed after its server died");
        }
    }
}
