package dev.larder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.storage.s3.S3BlobStore;
import dev.larder.storage.s3.S3Location;
import dev.larder.testing.RawHttp;
import dev.larder.testing.S3ProxyServer;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code larder admin migrate-storage} from local files into S3, interrupted and resumed. */
class MigrateStorageTest {
    @TempDir
    Path temp;

    Path data;
    S3ProxyServer s3;
    String bucket;
    final List<byte[]> wheels = new ArrayList<>();

    @BeforeEach
    void indexWithThreeWheelsOnLocalDisk() throws IOException {
        data = temp.resolve("data");
        try (TestServer server = TestServer.start(data, Map.of("storage", "file:" + data.resolve("files")))) {
            for (int i = 1; i <= 3; i++) {
                byte[] wheel = TestDistributions.wheel("demo_pkg", "Demo_Pkg", "1." + i, "release " + i);
                var r = Uploads.post(server, Uploads.tokenFor(server),
                        Uploads.wheelForm("Demo_Pkg", "1." + i, "demo_pkg-1." + i + "-py3-none-any.whl", wheel).build());
                assertThat(r.status()).as(r.text()).isEqualTo(200);
                wheels.add(wheel);
            }
        }
        s3 = S3ProxyServer.start(Files.createDirectories(temp.resolve("s3")), "larder").asDefaultCredentials();
        bucket = s3.location("larder", "index");
    }

    @AfterEach
    void stopS3() {
        s3.close();
    }

    private static CliRun larder(String... args) {
        return CliRun.larder(args);
    }

    private CliRun migrate(String... more) {
        List<String> args = new ArrayList<>(List.of("admin", "migrate-storage", "--data", data.toString(),
                "--from", "file:" + data.resolve("files"), "--to", bucket));
        args.addAll(List.of(more));
        return larder(args.toArray(String[]::new));
    }

    private long objectsInBucket() throws IOException {
        try (Stream<Path> files = Files.walk(temp.resolve("s3/larder"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anInterruptedMigrationResumesWhereItStoppedAndTheServerThenServesFromS3() throws IOException {
        CliRun first = migrate("--limit", "2");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("copying 6 blob(s) from file:", "stopped after copying 2 blob(s)",
                "6 blob(s) referenced: 2 copied");

        CliRun second = migrate();
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("6 blob(s) referenced: 4 copied", "2 already present, 0 failed", "done: every blob is at s3://larder/index");

        CliRun third = migrate();
        assertThat(third.out()).contains("0 copied (0 bytes), 6 already present, 0 failed");

        try (TestServer server = TestServer.start(data, Map.of("storage", bucket))) {
            String json = RawHttp.send(server.port(), "GET", "/simple/demo-pkg/",
                    Map.of("Accept", "application/vnd.pypi.simple.v1+json"), null).text();
            for (int i = 1; i <= 3; i++) {
                String name = "demo_pkg-1." + i + "-py3-none-any.whl";
                String url = json.replaceAll("(?s).*\"url\":\"([^\"]+/" + name.replace(".", "\\.") + ")\".*", "$1");
                assertThat(RawHttp.send(server.port(), "GET", url, Map.of(), null).body()).isEqualTo(wheels.get(i - 1));
                assertThat(RawHttp.send(server.port(), "GET", url + ".metadata", Map.of(), null).text())
                        .isEqualTo(TestDistributions.metadata("Demo_Pkg", "1." + i));
            }
        }
    }

    @Test
    void aCorruptSourceBlobIsReportedAndNotCopiedWhileTheOthersAre() throws IOException {
        Path victim;
        try (Stream<Path> files = Files.walk(data.resolve("files"))) {
            victim = files.filter(p -> p.toString().endsWith("demo_pkg-1.2-py3-none-any.whl")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length / 2] ^= 1;
        Files.write(victim, bytes);

        CliRun run = migrate();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED " + data.resolve("files").relativize(victim) + ": in the source file:")
                .contains("its sha256 is", "the database says", "5 copied", "1 failed");
        assertThat(run.err()).contains("1 blob(s) could not be copied");
        try (S3BlobStore dest = new S3BlobStore(S3Location.parse(bucket), temp.resolve("staging"), s3.credentials())) {
            assertThat(dest.size(data.resolve("files").relativize(victim).toString())).isEmpty();
        }
        assertThat(objectsInBucket()).isEqualTo(5);
    }

    @Test
    void aDamagedCopyAtTheDestinationIsReplaced() throws IOException {
        assertThat(migrate().exit()).isZero();
        String key;
        try (Stream<Path> files = Files.walk(data.resolve("files"))) {
            key = data.resolve("files").relativize(files.filter(p -> p.toString().endsWith("1.3-py3-none-any.whl"))
                    .findFirst().orElseThrow()).toString();
        }
        try (S3BlobStore dest = new S3BlobStore(S3Location.parse(bucket), temp.resolve("staging"), s3.credentials())) {
            dest.put(key, "truncated".getBytes(StandardCharsets.UTF_8));
            CliRun again = migrate();
            assertThat(again.out()).contains("copied " + key, "1 copied", "5 already present");
            assertThat(dest.open(key, 0).readAllBytes()).isEqualTo(wheels.get(2));
        }
    }

    @Test
    void copyingAStorageOntoItselfIsRefused() {
        CliRun run = larder("admin", "migrate-storage", "--data", data.toString(), "--to", "file:" + data.resolve("files"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--from and --to name the same storage");
    }

    @Test
    void aMissingDestinationBucketStopsTheCopyBeforeItStarts() {
        CliRun run = larder("admin", "migrate-storage", "--data", data.toString(), "--to", s3.location("no-such-bucket", "x"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cannot use the storage s3://no-such-bucket/x: there is no bucket no-such-bucket");
        assertThat(run.out()).doesNotContain("copying");
    }

    @Test
    void aBadDestinationIsExplained() {
        CliRun run = larder("admin", "migrate-storage", "--data", data.toString(), "--to", "s3://");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("bad storage location 's3://': the bucket name is missing");
    }
}
