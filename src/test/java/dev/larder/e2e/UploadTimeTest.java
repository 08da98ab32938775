package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * PEP 700 {@code upload-time}: uv's {@code --exclude-newer} and pip's {@code --uploaded-prior-to}
 * read it (uv refuses to parse any other timestamp shape), so installing "as of" a moment between
 * two releases must pick the older one.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UploadTimeTest {
    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestServer server;
    /** After demo-pkg 1.0 (and demo-dep) were uploaded, before demo-pkg 1.1 was. */
    static Instant between;

    @BeforeAll
    static void publishTwoReleasesAtDifferentTimes() {
        py = PythonTools.require();
        server = TestServer.start(tmp.resolve("data"));
        String token = server.tokenFor("alice");
        var older = Clients.twineUpload(py, py.twine(), server.uploadUrl(), token, Map.of(), List.of(),
                py.dist("demo_dep-1.0-py3-none-any.whl"), py.dist("demo_pkg-1.0-py3-none-any.whl"));
        assertThat(older.succeeded()).as(older.describe()).isTrue();
        between = Instant.now();
        var newer = Clients.twineUpload(py, py.twine(), server.uploadUrl(), token, Map.of(), List.of(),
                py.dist("demo_pkg-1.1-py3-none-any.whl"));
        assertThat(newer.succeeded()).as(newer.describe()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_json_page_gives_each_file_an_upload_time_on_the_right_side_of_the_moment_between_the_uploads() {
        for (var f : new IndexHttp(server.baseUrl()).files("demo-pkg")) {
            String time = f.get("upload-time").asString();
            assertThat(time).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z");
            Instant uploaded = Instant.parse(time);
            if (f.get("filename").asString().startsWith("demo_pkg-1.0")) {
                assertThat(uploaded).isBefore(between);
            } else {
                assertThat(uploaded).isAfter(between);
            }
        }
    }

    @Test
    void uv_with_exclude_newer_installs_the_release_that_existed_at_that_moment() throws Exception {
        Path target = Files.createTempDirectory(tmp, "uv");

        var install = Clients.uvPipInstall(py, server.simpleUrl(), target, Map.of(), "--exclude-newer", between.toString(),
                "demo-pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertThat(Clients.importDemoPkg(py, target).stdout()).startsWith("1.0\n");
    }

    @Test
    void pip_with_uploaded_prior_to_installs_the_release_that_existed_at_that_moment() throws Exception {
        Path target = Files.createTempDirectory(tmp, "pip");

        var install = Clients.pipInstall(py, server.simpleUrl(), target, Map.of(), "--uploaded-prior-to",
                between.toString(), "demo-pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertThat(Clients.importDemoPkg(py, target).stdout()).startsWith("1.0\n");
    }
}
