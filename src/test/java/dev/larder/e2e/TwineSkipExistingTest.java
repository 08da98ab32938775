package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploading what is already there. A byte-identical file is a 200 no-op (PyPI's rule, which twine
 * retries and re-runs rely on); another file under a taken name is "400 File already exists", which
 * twine 6.1's {@code --skip-existing} (the last twine that allows it on a custom index) turns into a skip.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TwineSkipExistingTest {
    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestServer server;
    static String token;

    @BeforeAll
    static void start() {
        py = PythonTools.require();
        server = TestServer.start(tmp.resolve("data"));
        token = server.tokenFor("alice");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void twine_6_1_with_skip_existing_can_upload_the_same_files_twice_and_the_index_keeps_one_copy_of_each() {
        Path wheel = py.dist("demo_dep-1.0-py3-none-any.whl");
        Path sdist = py.dist("demo_dep-1.0.tar.gz");

        var first = Clients.twineUpload(py, py.twine61(), server.uploadUrl(), token, Map.of(), List.of("--skip-existing"),
                wheel, sdist);
        var second = Clients.twineUpload(py, py.twine61(), server.uploadUrl(), token, Map.of(), List.of("--skip-existing"),
                wheel, sdist);

        assertThat(first.succeeded()).as(first.describe()).isTrue();
        assertThat(second.succeeded()).as(second.describe()).isTrue();
        // twine 6.1 only looks for existing files on PyPI itself; elsewhere it uploads and reads the answer.
        // Larder answers a byte-identical re-upload with 200 as PyPI does, so twine has nothing to skip:
        // the second run is a plain, successful upload.
        assertThat(second.output()).doesNotContain("Skipping");
        assertThat(new IndexHttp(server.baseUrl()).files("demo-dep")).extracting(f -> f.get("filename").asString())
                .containsExactlyInAnyOrder("demo_dep-1.0-py3-none-any.whl", "demo_dep-1.0.tar.gz");
        TwineUploadTest.assertListedWithTheirBytes(new IndexHttp(server.baseUrl()), "demo-dep", wheel, sdist);
    }

    @Test
    void twine_6_1_with_skip_existing_skips_a_file_whose_name_is_taken_by_other_bytes() {
        Path original = py.dist("demo_pkg-1.0-py3-none-any.whl");
        var first = Clients.twineUpload(py, py.twine61(), server.uploadUrl(), token, Map.of(), List.of(), original);
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        Path altered = Fixtures.sameNameOtherBytes(py, original, tmp.resolve("altered-skip"));

        var skipped = Clients.twineUpload(py, py.twine61(), server.uploadUrl(), token, Map.of(), List.of("--skip-existing"),
                altered);

        assertThat(skipped.succeeded()).as(skipped.describe()).isTrue();
        assertThat(skipped.output()).contains("Skipping demo_pkg-1.0-py3-none-any.whl because it appears to already exist");
        assertStillTheOriginal(original);
    }

    @Test
    void plain_twine_fails_showing_file_already_exists_for_other_bytes_under_a_taken_name() {
        Path original = py.dist("demo_pkg-1.1-py3-none-any.whl");
        var first = Clients.twineUpload(py, py.twine(), server.uploadUrl(), token, Map.of(), List.of(), original);
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        Path altered = Fixtures.sameNameOtherBytes(py, original, tmp.resolve("altered-plain"));

        var refused = Clients.twineUpload(py, py.twine(), server.uploadUrl(), token, Map.of(), List.of(), altered);

        assertThat(refused.exitCode()).as(refused.describe()).isNotZero();
        assertThat(refused.output()).contains("400").contains("File already exists");
        assertStillTheOriginal(original);
    }

    @Test
    void the_latest_twine_refuses_skip_existing_for_a_custom_index_before_sending_anything() {
        var run = Clients.twineUpload(py, py.twine(), server.uploadUrl(), token, Map.of(), List.of("--skip-existing"),
                py.dist("demo_dep-1.0-py3-none-any.whl"));

        // Not Larder's doing: twine >= 6.2 only allows --skip-existing for PyPI and TestPyPI. This pins down
        // why the suite keeps a twine 6.1.0 for the skip-existing tests.
        assertThat(run.exitCode()).as(run.describe()).isNotZero();
        assertThat(run.output()).contains("--skip-existing");
    }

    private static void assertStillTheOriginal(Path original) {
        String name = original.getFileName().toString();
        IndexHttp index = new IndexHttp(server.baseUrl());
        assertThat(index.files("demo-pkg")).filteredOn(f -> f.get("filename").asString().equals(name)).singleElement()
                .satisfies(f -> assertThat(f.get("hashes").get("sha256").asString()).isEqualTo(Digest.sha256(original)));
        TwineUploadTest.assertListedWithTheirBytes(index, "demo-pkg", original);
    }
}
