package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestCertificates;
import dev.larder.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code uv publish} with an API token, over HTTP and HTTPS, and its {@code --check-url} duplicate check. */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UvPublishTest {
    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestCertificates certs;
    static TestServer http;
    static TestServer https;
    static String token;

    @BeforeAll
    static void startServers() {
        py = PythonTools.require();
        certs = TestCertificates.create(tmp.resolve("certs"));
        http = TestServer.start(tmp.resolve("http-data"));
        https = TestServer.startTls(tmp.resolve("https-data"), certs);
        token = http.tokenFor("alice");
    }

    @AfterAll
    static void stopServers() {
        if (http != null) {
            http.close();
        }
        if (https != null) {
            https.close();
        }
    }

    @Test
    void uv_publishes_a_wheel_and_an_sdist_over_http_with_a_token() {
        Path wheel = py.dist("demo_dep-1.0-py3-none-any.whl");
        Path sdist = py.dist("demo_dep-1.0.tar.gz");

        var result = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), List.of(), wheel, sdist);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        TwineUploadTest.assertListedWithTheirBytes(new IndexHttp(http.baseUrl()), "demo-dep", wheel, sdist);
    }

    @Test
    void uv_publishes_over_https_when_SSL_CERT_FILE_names_the_test_ca() {
        Path wheel = py.dist("demo_pkg-1.0-py3-none-any.whl");
        Path sdist = py.dist("demo_pkg-1.0.tar.gz");

        var result = Clients.uvPublish(py, https.uploadUrl(), https.tokenFor("bob"),
                Map.of("SSL_CERT_FILE", certs.caCertificate().toString()), List.of(), wheel, sdist);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        TwineUploadTest.assertListedWithTheirBytes(new IndexHttp(https.baseUrl(), Optional.of(certs.caCertificate())),
                "demo-pkg", wheel, sdist);
    }

    @Test
    void uv_publish_with_check_url_skips_files_the_index_already_has() {
        Path wheel = py.dist("demo_pkg-1.1-py3-none-any.whl");
        Path sdist = py.dist("demo_pkg-1.1.tar.gz");
        List<String> checkUrl = List.of("--check-url", http.simpleUrl());

        var first = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), checkUrl, wheel, sdist);
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        assertThat(first.output()).doesNotContain("already exists");

        var second = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), checkUrl, wheel, sdist);

        assertThat(second.succeeded()).as(second.describe()).isTrue();
        assertThat(second.output())
                .contains("File demo_pkg-1.1-py3-none-any.whl already exists, skipping")
                .contains("File demo_pkg-1.1.tar.gz already exists, skipping");
        assertThat(new IndexHttp(http.baseUrl()).files("demo-pkg"))
                .filteredOn(f -> f.get("filename").asString().startsWith("demo_pkg-1.1"))
                .hasSize(2);
    }

    @Test
    void uv_publish_without_check_url_succeeds_again_for_byte_identical_files_as_on_pypi() {
        Path wheel = py.dist("demo_dep-1.0-py3-none-any.whl");
        var first = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), List.of(), wheel);
        assertThat(first.succeeded()).as(first.describe()).isTrue();

        var again = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), List.of(), wheel);

        assertThat(again.succeeded()).as(again.describe()).isTrue();
        assertThat(new IndexHttp(http.baseUrl()).files("demo-dep"))
                .filteredOn(f -> f.get("filename").asString().equals(wheel.getFileName().toString()))
                .hasSize(1);
    }

    @Test
    void uv_publish_with_check_url_refuses_a_local_file_whose_bytes_differ_from_the_indexed_one() throws Exception {
        Path original = py.dist("demo_pkg-1.0-py3-none-any.whl");
        var first = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), List.of(), original);
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        Path altered = Fixtures.sameNameOtherBytes(py, original, tmp.resolve("altered-uv"));

        var result = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), List.of("--check-url", http.simpleUrl()),
                altered);

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.output()).contains("Local file and index file do not match");
        var plain = Clients.uvPublish(py, http.uploadUrl(), token, Map.of(), List.of(), altered);
        assertThat(plain.exitCode()).as(plain.describe()).isNotZero();
        assertThat(plain.output()).contains("File already exists");
        assertThat(new IndexHttp(http.baseUrl()).file("demo-pkg", original.getFileName().toString()).orElseThrow()
                .get("hashes").get("sha256").asString()).isEqualTo(Digest.sha256(original));
    }
}
