package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
 * demo-pkg 2.0 requires Python >= 3.99: pip and uv must pass it over and install 1.1, reading
 * {@code requires-python} from the JSON pages and the (HTML-escaped) {@code data-requires-python}
 * from the HTML pages.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequiresPythonTest {
    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestServer server;
    static RecordingProxy htmlProxy;

    @BeforeAll
    static void publish() throws Exception {
        py = PythonTools.require();
        server = TestServer.start(tmp.resolve("data"));
        var upload = Clients.uvPublish(py, server.uploadUrl(), server.tokenFor("alice"), Map.of(), List.of(),
                py.dist("demo_dep-1.0-py3-none-any.whl"), py.dist("demo_pkg-1.1-py3-none-any.whl"),
                py.dist("demo_pkg-2.0-py3-none-any.whl"), py.dist("demo_pkg-2.0.tar.gz"));
        assertThat(upload.succeeded()).as(upload.describe()).isTrue();
        htmlProxy = RecordingProxy.forcingAccept(server.baseUrl(), "text/html");
    }

    @AfterAll
    static void stop() {
        if (htmlProxy != null) {
            htmlProxy.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void both_page_forms_carry_each_releases_requires_python() {
        IndexHttp index = new IndexHttp(server.baseUrl());
        assertThat(index.file("demo-pkg", "demo_pkg-2.0-py3-none-any.whl").orElseThrow().get("requires-python").asString())
                .isEqualTo(">=3.99");
        assertThat(index.file("demo-pkg", "demo_pkg-1.1-py3-none-any.whl").orElseThrow().get("requires-python").asString())
                .isEqualTo(">=3.8");
        String html = IndexHttp.text(index.get("/simple/demo-pkg/", "text/html"));
        assertThat(html).contains("data-requires-python=\"&gt;=3.99\"").doesNotContain("\">=3.99\"");
    }

    @Test
    void pip_passes_over_the_release_for_a_newer_python_reading_json() throws Exception {
        assertInstalls11(Clients.pipInstall(py, server.simpleUrl(), Files.createTempDirectory(tmp, "pip-json"), Map.of(),
                "demo-pkg"));
    }

    @Test
    void pip_passes_over_the_release_for_a_newer_python_reading_html() throws Exception {
        assertInstalls11(Clients.pipInstall(py, htmlProxy.simpleUrl(), Files.createTempDirectory(tmp, "pip-html"),
                Map.of(), "demo-pkg"));
    }

    @Test
    void uv_passes_over_the_release_for_a_newer_python_reading_json() throws Exception {
        assertInstalls11(Clients.uvPipInstall(py, server.simpleUrl(), Files.createTempDirectory(tmp, "uv-json"), Map.of(),
                "demo-pkg"));
    }

    @Test
    void uv_passes_over_the_release_for_a_newer_python_reading_html() throws Exception {
        assertInstalls11(Clients.uvPipInstall(py, htmlProxy.simpleUrl(), Files.createTempDirectory(tmp, "uv-html"),
                Map.of(), "demo-pkg"));
    }

    private static void assertInstalls11(PythonTools.Result install) {
        assertThat(install.succeeded()).as(install.describe()).isTrue();
        String target = install.command().get(install.command().indexOf("--target") + 1);
        var run = Clients.importDemoPkg(py, Path.of(target));
        assertThat(run.succeeded()).as(run.describe()).isTrue();
        assertThat(run.stdout()).startsWith("1.1\n");
    }
}
