package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestCertificates;
import dev.larder.testing.TestServer;
import java.nio.file.Files;
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
 * pip and uv install from Larder: the newest release with its dependency, an older one when pinned,
 * reading the PEP 691 JSON pages (what both ask for) and, through a proxy that rewrites their
 * Accept header, the PEP 503 HTML pages; and over HTTPS.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstallFromIndexTest {
    static final List<String> ALL_FIXTURES = List.of("demo_dep-1.0-py3-none-any.whl", "demo_dep-1.0.tar.gz",
            "demo_pkg-1.0-py3-none-any.whl", "demo_pkg-1.0.tar.gz", "demo_pkg-1.1-py3-none-any.whl", "demo_pkg-1.1.tar.gz");

    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestCertificates certs;
    static TestServer server;
    static TestServer tlsServer;
    static RecordingProxy jsonProxy;
    static RecordingProxy htmlProxy;

    @BeforeAll
    static void publishTheFixtures() throws Exception {
        py = PythonTools.require();
        certs = TestCertificates.create(tmp.resolve("certs"));
        server = TestServer.start(tmp.resolve("data"));
        tlsServer = TestServer.startTls(tmp.resolve("tls-data"), certs);
        Path[] files = ALL_FIXTURES.stream().map(py::dist).toArray(Path[]::new);
        var upload = Clients.twineUpload(py, py.twine(), server.uploadUrl(), server.tokenFor("alice"), Map.of(), List.of(), files);
        assertThat(upload.succeeded()).as(upload.describe()).isTrue();
        var tlsUpload = Clients.twineUpload(py, py.twine(), tlsServer.uploadUrl(), tlsServer.tokenFor("alice"),
                Map.of("REQUESTS_CA_BUNDLE", certs.caCertificate().toString()), List.of(), files);
        assertThat(tlsUpload.succeeded()).as(tlsUpload.describe()).isTrue();
        jsonProxy = RecordingProxy.passThrough(server.baseUrl());
        htmlProxy = RecordingProxy.forcingAccept(server.baseUrl(), "text/html");
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {jsonProxy, htmlProxy, server, tlsServer}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    @Test
    void pip_installs_the_newest_demo_pkg_and_its_dependency_reading_the_json_pages() throws Exception {
        jsonProxy.clearLog();
        Path target = Files.createTempDirectory(tmp, "pip-json");

        var install = Clients.pipInstall(py, jsonProxy.simpleUrl(), target, Map.of(), "demo-pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertImports(target, "1.1");
        assertPagesServedAs(jsonProxy, IndexHttp.SIMPLE_JSON, "demo-pkg", "demo-dep");
    }

    @Test
    void pip_installs_from_the_html_pages_when_that_is_all_it_gets() throws Exception {
        htmlProxy.clearLog();
        Path target = Files.createTempDirectory(tmp, "pip-html");

        var install = Clients.pipInstall(py, htmlProxy.simpleUrl(), target, Map.of(), "demo-pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertImports(target, "1.1");
        assertPagesServedAs(htmlProxy, "text/html", "demo-pkg", "demo-dep");
    }

    @Test
    void pip_installs_the_older_release_when_it_is_pinned() throws Exception {
        Path target = Files.createTempDirectory(tmp, "pip-pinned");

        var install = Clients.pipInstall(py, server.simpleUrl(), target, Map.of(), "demo-pkg==1.0");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertImports(target, "1.0");
    }

    @Test
    void pip_finds_a_project_whatever_the_case_and_separators_of_the_requested_name() throws Exception {
        Path target = Files.createTempDirectory(tmp, "pip-name");

        var install = Clients.pipInstall(py, server.simpleUrl(), target, Map.of(), "Demo_Pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertImports(target, "1.1");
    }

    @Test
    void uv_installs_the_newest_demo_pkg_and_its_dependency_reading_the_json_pages() throws Exception {
        jsonProxy.clearLog();
        Path target = Files.createTempDirectory(tmp, "uv-json");

        var install = Clients.uvPipInstall(py, jsonProxy.simpleUrl(), target, Map.of(), "demo-pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertImports(target, "1.1");
        assertPagesServedAs(jsonProxy, IndexHttp.SIMPLE_JSON, "demo-pkg", "demo-dep");
    }

    @Test
    void uv_installs_from_the_html_pages_when_that_is_all_it_gets() throws Exception {
        htmlProxy.clearLog();
        Path target = Files.createTempDirectory(tmp, "uv-html");

        var install = Clients.uvPipInstall(py, htmlProxy.simpleUrl(), target, Map.of(), "demo-pkg");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertImports(target, "1.1");
        assertPagesServedAs(htmlProxy, "text/html", "demo-pkg", "demo-dep");
    }

    @Test
    void uv_installs_the_older_release_when_it_is_pinned() throws Exception {
        Path target = Files.createTempDirectory(tmp, "uv-pinned");

        var install = Clients.uvPipInstall(py, server.simpleUrl(), target, Map.of(), "demo-pkg==1.0");

        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertImports(target, "1.0");
    }

    @Test
    void pip_and_uv_install_over_https_when_they_trust_the_test_ca() throws Exception {
        Path pipTarget = Files.createTempDirectory(tmp, "pip-https");
        Path uvTarget = Files.createTempDirectory(tmp, "uv-https");

        var pip = Clients.pipInstall(py, tlsServer.simpleUrl(), pipTarget,
                Map.of("PIP_CERT", certs.caCertificate().toString()), "demo-pkg");
        var uv = Clients.uvPipInstall(py, tlsServer.simpleUrl(), uvTarget,
                Map.of("SSL_CERT_FILE", certs.caCertificate().toString()), "demo-pkg");

        assertThat(pip.succeeded()).as(pip.describe()).isTrue();
        assertThat(uv.succeeded()).as(uv.describe()).isTrue();
        assertImports(pipTarget, "1.1");
        assertImports(uvTarget, "1.1");
    }

    @Test
    void pip_download_fetches_files_whose_bytes_match_the_uploaded_ones() throws Exception {
        Path dest = Files.createTempDirectory(tmp, "pip-download");

        var download = py.run(Map.of(), py.python().toString(), "-m", "pip", "download", "--no-cache-dir",
                "--index-url", server.simpleUrl(), "--dest", dest.toString(), "demo-pkg==1.0");

        assertThat(download.succeeded()).as(download.describe()).isTrue();
        for (String name : List.of("demo_pkg-1.0-py3-none-any.whl", "demo_dep-1.0-py3-none-any.whl")) {
            assertThat(dest.resolve(name)).exists();
            assertThat(Digest.sha256(dest.resolve(name))).as(name).isEqualTo(Digest.sha256(py.dist(name)));
        }
    }

    @Test
    void pip_caches_pages_and_files_so_that_a_second_install_asks_the_index_for_nothing() throws Exception {
        // pip only caches plain-HTTP responses from a --trusted-host; over HTTPS it always does.
        Path cache = Files.createTempDirectory(tmp, "pip-cache");
        String proxyHost = jsonProxy.baseUrl().substring("http://".length());
        List<String> install = List.of(py.python().toString(), "-m", "pip", "install", "--cache-dir", cache.toString(),
                "--trusted-host", proxyHost, "--index-url", jsonProxy.simpleUrl(), "--target");
        var first = py.run(Map.of(), concat(install, Files.createTempDirectory(tmp, "pip-cached-1").toString(), "demo-pkg"));
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        jsonProxy.clearLog();

        var second = py.run(Map.of(), concat(install, Files.createTempDirectory(tmp, "pip-cached-2").toString(), "demo-pkg"));

        assertThat(second.succeeded()).as(second.describe()).isTrue();
        assertThat(jsonProxy.log()).as("requests of the second install (pages are fresh for max-age, files immutable)")
                .isEmpty();
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static void assertImports(Path target, String version) {
        var run = Clients.importDemoPkg(py, target);
        assertThat(run.succeeded()).as(run.describe()).isTrue();
        assertThat(run.stdout()).startsWith(version + "\n").contains("hello, larder from demo-pkg " + version);
    }

    /** The client read each project's page through the proxy, and the server answered in that form. */
    private static void assertPagesServedAs(RecordingProxy proxy, String contentType, String... projects) {
        for (String project : projects) {
            assertThat(proxy.log()).as("requests through the proxy")
                    .anySatisfy(e -> {
                        assertThat(e.isGetOf("/simple/" + project + "/")).isTrue();
                        assertThat(e.contentType()).startsWith(contentType);
                    })
                    .noneSatisfy(e -> {
                        assertThat(e.path()).isEqualTo("/simple/" + project + "/");
                        assertThat(e.contentType()).doesNotStartWith(contentType);
                    });
        }
    }
}
