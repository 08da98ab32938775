package dev.larder.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.storage.BlobStore;
import dev.larder.storage.BlobStoreContract;
import dev.larder.testing.S3ProxyServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blob store contract on a real S3 API (S3Proxy), plus what only a bucket has: prefixes. */
class S3BlobStoreTest extends BlobStoreContract {
    private static Path objects;
    private static S3ProxyServer s3;
    private static int stores;

    @BeforeAll
    static void startS3() throws IOException {
        objects = Files.createTempDirectory("larder-s3proxy");
        s3 = S3ProxyServer.start(objects, "larder");
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Override
    protected BlobStore newStore() throws Exception {
        // Each test gets its own prefix in the shared bucket, so it starts empty.
        return open("test-" + (++stores));
    }

    private S3BlobStore open(String prefix) throws IOException {
        return new S3BlobStore(S3Location.parse(s3.location("larder", prefix)), temp.resolve("staging"), s3.credentials());
    }

    @Test
    void storesUnderDifferentPrefixesDoNotSeeEachOthersBlobs() throws IOException {
        try (S3BlobStore one = open("one"); S3BlobStore two = open("nested/two")) {
            one.put("a/b/c", "one".getBytes(StandardCharsets.UTF_8));
            two.put("a/b/c", "two".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(one.open("a/b/c", 0).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("one");
            assertThat(new String(two.open("a/b/c", 0).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("two");
            two.put("only/in/two", new byte[1]);
            assertThat(one.size("only/in/two")).isEmpty();
        }
    }

    @Test
    void aMissingBucketIsNotReachable() throws IOException {
        try (S3BlobStore missing = new S3BlobStore(S3Location.parse(s3.location("no-such-bucket", "")),
                temp.resolve("staging"), s3.credentials())) {
            assertThat(missing.reachable()).isFalse();
        }
    }

    @Test
    void aMissingBucketIsExplainedWhenTheStoreIsChecked() throws IOException {
        try (S3BlobStore missing = new S3BlobStore(S3Location.parse(s3.location("no-such-bucket", "")),
                temp.resolve("staging"), s3.credentials())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(missing::checkReachable)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot use the storage s3://no-such-bucket: there is no bucket no-such-bucket at http://127.0.0.1:");
        }
    }

    @Test
    void largeFilesGoUpInSixteenMebibyteParts() throws Exception {
        Path big = temp.resolve("big");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), (70L << 20) - 1);
        }
        store.put("m/u/lti", big);
        try (var client = software.amazon.awssdk.services.s3.S3Client.builder()
                .endpointOverride(s3.endpoint()).forcePathStyle(true)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).credentialsProvider(s3.credentials())
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder()).build()) {
            var head = client.headObject(b -> b.bucket("larder").key(((S3BlobStore) store).location().objectKey("m/u/lti")));
            // A multipart object's ETag ends in "-<number of parts>": 70 MiB in 16 MiB parts is 5.
            assertThat(head.eTag()).endsWith("-5\"");
            assertThat(head.contentLength()).isEqualTo(70L << 20);
        }
    }

    @Test
    void wrongCredentialsAreReportedAsAnIoErrorNamingTheBucket() throws IOException {
        var wrong = software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("nobody", "wrong"));
        try (S3BlobStore denied = new S3BlobStore(S3Location.parse(s3.location("larder", "x")), temp.resolve("staging"), wrong)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> denied.put("a/b/c", new byte[1]))
                    .isInstanceOf(IOException.class).hasMessageContaining("bucket larder");
            assertThat(denied.reachable()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(denied::checkReachable).hasMessageContaining("access to bucket larder is denied");
        }
    }

    @Test
    void partsAreAtLeastSixteenMebibytesAndFewerThanTenThousand() {
        assertThat(S3BlobStore.partSize(80L << 20)).isEqualTo(16L << 20);
        long huge = 500L << 30;
        assertThat(S3BlobStore.partSize(huge)).isGreaterThan(16L << 20);
        assertThat((huge + S3BlobStore.partSize(huge) - 1) / S3BlobStore.partSize(huge)).isLessThanOrEqualTo(10_000);
    }
}
