package dev.larder.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.RawHttp;
import dev.larder.testing.S3ProxyServer;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole server with {@code --storage s3://...}: uploads land in the bucket and are served from it. */
class ServingFromS3Test {
    @TempDir
    static Path temp;

    static S3ProxyServer s3;
    static TestServer server;
    static byte[] wheel;
    static Path leftover;

    @BeforeAll
    static void start() throws IOException {
        s3 = S3ProxyServer.start(Files.createDirectories(temp.resolve("s3")), "larder").asDefaultCredentials();
        Path data = temp.resolve("data");
        // An earlier run of this same instance (its id is kept in the data directory) crashed mid-upload.
        Files.createDirectories(data);
        Files.writeString(data.resolve("instance-id"), "crashed-instance\n");
        leftover = Files.writeString(Files.createDirectories(data.resolve("staging")).resolve("crashed-instance.upload.part"), "half");
        server = TestServer.start(data, Map.of("storage", s3.location("larder", "pypi")));
        wheel = TestDistributions.wheel("demo_pkg", "Demo_Pkg", "1.0", "x".repeat(5000));
        var r = Uploads.post(server, Uploads.tokenFor(server),
                Uploads.wheelForm("Demo_Pkg", "1.0", "demo_pkg-1.0-py3-none-any.whl", wheel).build());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    private static RawHttp.Response get(String path, Map<String, String> headers) {
        return RawHttp.send(server.port(), "GET", path, headers, null);
    }

    private static String fileUrl() {
        String json = get("/simple/demo-pkg/", Map.of("Accept", "application/vnd.pypi.simple.v1+json")).text();
        return json.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void theSimplePageListsTheUploadedWheel() {
        RawHttp.Response page = get("/simple/demo-pkg/", Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(">demo_pkg-1.0-py3-none-any.whl</a>", "#sha256=" + TestDistributions.sha256(wheel));
    }

    @Test
    void theWheelIsServedWholeAndInRangesFromTheBucket() {
        String url = fileUrl();
        assertThat(get(url, Map.of()).body()).isEqualTo(wheel);
        RawHttp.Response middle = get(url, Map.of("Range", "bytes=100-199"));
        assertThat(middle.status()).isEqualTo(206);
        assertThat(middle.header("Content-Range")).isEqualTo("bytes 100-199/" + wheel.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(wheel, 100, 200));
        RawHttp.Response tail = get(url, Map.of("Range", "bytes=-22"));
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(wheel, wheel.length - 22, wheel.length));
        assertThat(get(url + ".metadata", Map.of()).text()).isEqualTo(TestDistributions.metadata("Demo_Pkg", "1.0"));
    }

    @Test
    void theBlobsAreObjectsUnderThePrefixAndNothingStaysOnLocalDisk() throws IOException {
        String key = fileUrl().replaceAll(".*/files/", "");
        try (S3BlobStore bucket = new S3BlobStore(S3Location.parse(s3.location("larder", "pypi")), temp.resolve("check"), s3.credentials())) {
            assertThat(bucket.size(key)).contains((long) wheel.length);
            assertThat(bucket.size(key + ".metadata")).isPresent();
        }
        Path data = server.dataDir();
        assertThat(data.resolve("files")).doesNotExist();
        try (var staged = Files.list(data.resolve("staging"))) {
            assertThat(staged).isEmpty();
        }
    }

    @Test
    void aServerWhoseBucketDoesNotExistRefusesToStartAndSaysWhy() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestServer.start(temp.resolve("other"),
                        Map.of("storage", s3.location("missing-bucket", "pypi"))).close())
                .hasMessageContaining("cannot use the storage s3://missing-bucket/pypi: there is no bucket missing-bucket");
    }

    @Test
    void startingTheServerClearedTheStagingFolderOfAnEarlierCrash() {
        assertThat(leftover).doesNotExist();
    }
}
