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
import tools.jackson.databind.JsonNode;

/** The latest twine uploads to Larder with an API token, over HTTP and over HTTPS. */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TwineUploadTest {
    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestCertificates certs;
    static TestServer http;
    static TestServer https;

    @BeforeAll
    static void startServers() {
        py = PythonTools.require();
        certs = TestCertificates.create(tmp.resolve("certs"));
        http = TestServer.start(tmp.resolve("http-data"));
        https = TestServer.startTls(tmp.resolve("https-data"), certs);
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
    void twine_uploads_a_wheel_and_an_sdist_over_http_and_the_simple_page_lists_both_with_their_sha256() {
        Path wheel = py.dist("demo_dep-1.0-py3-none-any.whl");
        Path sdist = py.dist("demo_dep-1.0.tar.gz");

        var result = Clients.twineUpload(py, py.twine(), http.uploadUrl(), http.tokenFor("alice"), Map.of(), List.of(),
                wheel, sdist);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        assertListedWithTheirBytes(new IndexHttp(http.baseUrl()), "demo-dep", wheel, sdist);
    }

    @Test
    void twine_uploads_over_https_once_it_trusts_the_test_ca_through_REQUESTS_CA_BUNDLE() {
        Path wheel = py.dist("demo_pkg-1.0-py3-none-any.whl");
        Path sdist = py.dist("demo_pkg-1.0.tar.gz");
        String token = https.tokenFor("bob");
        assertThat(https.uploadUrl()).startsWith("https://");

        var untrusted = Clients.twineUpload(py, py.twine(), https.uploadUrl(), token, Map.of(), List.of(), wheel);
        assertThat(untrusted.exitCode()).as(untrusted.describe()).isNotZero();
        assertThat(untrusted.output()).contains("CERTIFICATE_VERIFY_FAILED");

        var trusted = Clients.twineUpload(py, py.twine(), https.uploadUrl(), token,
                Map.of("REQUESTS_CA_BUNDLE", certs.caCertificate().toString()), List.of(), wheel, sdist);

        assertThat(trusted.succeeded()).as(trusted.describe()).isTrue();
        assertListedWithTheirBytes(new IndexHttp(https.baseUrl(), Optional.of(certs.caCertificate())), "demo-pkg",
                wheel, sdist);
    }

    @Test
    void twine_shows_the_servers_403_message_when_the_token_is_not_valid() {
        var result = Clients.twineUpload(py, py.twine(), http.uploadUrl(), "pypi-not-a-real-token", Map.of(), List.of(),
                py.dist("demo_pkg-1.1-py3-none-any.whl"));

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.output()).contains("403").contains("Invalid or non-existent authentication information");
        assertThat(new IndexHttp(http.baseUrl()).file("demo-pkg", "demo_pkg-1.1-py3-none-any.whl")).isEmpty();
    }

    @Test
    void twine_is_refused_with_403_when_its_token_is_scoped_to_another_project() {
        String token = http.tokenFor("carol", "some-other-project");

        var result = Clients.twineUpload(py, py.twine(), http.uploadUrl(), token, Map.of(), List.of(),
                py.dist("demo_pkg-1.1-py3-none-any.whl"));

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.output()).contains("403");
        assertThat(new IndexHttp(http.baseUrl()).file("demo-pkg", "demo_pkg-1.1-py3-none-any.whl")).isEmpty();
    }

    /** Each file is on the JSON and the HTML page with its sha256, and its URL serves exactly its bytes. */
    static void assertListedWithTheirBytes(IndexHttp index, String project, Path... files) {
        for (Path file : files) {
            String name = file.getFileName().toString();
            String sha256 = Digest.sha256(file);
            JsonNode entry = index.file(project, name)
                    .orElseThrow(() -> new AssertionError(name + " is not on the JSON page of " + project));
            assertThat(entry.get("hashes").get("sha256").asString()).as(name).isEqualTo(sha256);
            assertThat(index.anchors(project)).as("HTML anchors of " + project)
                    .anySatisfy(a -> {
                        assertThat(a.filename()).isEqualTo(name);
                        assertThat(a.sha256()).contains(sha256);
                    });
            var download = index.download(entry.get("url").asString());
            assertThat(download.statusCode()).as("GET " + entry.get("url")).isEqualTo(200);
            assertThat(Digest.sha256(download.body())).as("sha256 of the served " + name).isEqualTo(sha256);
        }
    }
}
