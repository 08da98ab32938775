package dev.larder.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.larder.storage.s3.S3BlobStore;
import dev.larder.storage.s3.S3Location;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing {@code --storage} locations. */
class BlobStoresTest {
    @TempDir
    Path data;

    @Test
    void aFileLocationOpensAFolder() throws Exception {
        try (BlobStore store = BlobStores.open("file:" + data.resolve("files"), data, "test")) {
            assertThat(store).isInstanceOf(FileBlobStore.class);
            assertThat(store.stagingFolder()).startsWith(data.resolve("files"));
        }
    }

    @Test
    void anS3LocationOpensABucketAndStagesUnderTheDataFolder() throws Exception {
        try (BlobStore store = BlobStores.open("s3://bucket/some/prefix?endpoint=http://127.0.0.1:1&path-style=true", data, "test")) {
            assertThat(store).isInstanceOf(S3BlobStore.class);
            assertThat(store.stagingFolder()).isEqualTo(data.resolve("staging")).isDirectory();
        }
    }

    @Test
    void everyPartOfAnS3LocationIsRead() {
        S3Location l = S3Location.parse("s3://my-bucket/pypi/files/?endpoint=https%3A%2F%2Fminio.example.com%3A9000&region=eu-west-1&path-style=true");
        assertThat(l.bucket()).isEqualTo("my-bucket");
        assertThat(l.prefix()).isEqualTo("pypi/files");
        assertThat(l.endpoint()).contains(URI.create("https://minio.example.com:9000"));
        assertThat(l.region()).isEqualTo("eu-west-1");
        assertThat(l.pathStyle()).isTrue();
        assertThat(l.objectKey("ab/cd/x.whl")).isEqualTo("pypi/files/ab/cd/x.whl");
    }

    @Test
    void anS3LocationWithoutOptionsTalksToAwsInUsEast1() {
        S3Location l = S3Location.parse("s3://bucket");
        assertThat(l.prefix()).isEmpty();
        assertThat(l.endpoint()).isEmpty();
        assertThat(l.region()).isEqualTo("us-east-1");
        assertThat(l.pathStyle()).isFalse();
        assertThat(l.objectKey("ab/cd/x.whl")).isEqualTo("ab/cd/x.whl");
    }

    @Test
    void anUnencodedEndpointIsAcceptedToo() {
        assertThat(S3Location.parse("s3://b-1/p?endpoint=http://127.0.0.1:9000&path-style=false").endpoint())
                .contains(URI.create("http://127.0.0.1:9000"));
    }

    @Test
    void badLocationsAreRefusedWithTheReasonAndTheSyntax() {
        assertRefused("ftp://host/dir", "unsupported storage 'ftp://host/dir': use file:DIR or s3://");
        assertRefused("file:", "file: needs a folder");
        assertRefused("s3://", "the bucket name is missing");
        assertRefused("s3:///prefix", "the bucket name is missing");
        assertRefused("s3://Bad_Bucket!/x", "not a valid bucket name");
        assertRefused("s3://bucket/a//b", "empty or relative parts");
        assertRefused("s3://bucket/../b", "empty or relative parts");
        assertRefused("s3://bucket?endpoint=localhost:9000", "endpoint 'localhost:9000' must be an http(s) URL");
        assertRefused("s3://bucket?path-style=yes", "path-style must be true or false");
        assertRefused("s3://bucket?region=EU West", "is not a region name");
        assertRefused("s3://bucket?access-key=AKIA", "unknown parameter 'access-key'");
    }

    private void assertRefused(String location, String reason) {
        assertThatThrownBy(() -> BlobStores.open(location, data, "test").close()).as(location)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
        if (location.startsWith("s3:")) {
            assertThatThrownBy(() -> S3Location.parse(location))
                    .hasMessageContaining("expected s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true");
        }
    }
}
