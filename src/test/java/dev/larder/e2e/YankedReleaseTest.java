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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * PEP 592: once demo-pkg 1.1 is yanked, pip and uv install 1.0 for a plain requirement and 1.1 only
 * when pinned exactly; un-yanking makes 1.1 the choice again at once.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YankedReleaseTest {
    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestServer server;

    @BeforeAll
    static void publishAndYank() {
        py = PythonTools.require();
        server = TestServer.start(tmp.resolve("data"));
        Path[] files = InstallFromIndexTest.ALL_FIXTURES.stream().map(py::dist).toArray(Path[]::new);
        var upload = Clients.twineUpload(py, py.twine(), server.uploadUrl(), server.tokenFor("alice"), Map.of(), List.of(), files);
        assertThat(upload.succeeded()).as(upload.describe()).isTrue();
        server.larder().projects().yank("demo-pkg", "1.1", "broken build", "admin");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void both_page_forms_mark_every_file_of_the_yanked_release_with_the_reason() {
        IndexHttp index = new IndexHttp(server.baseUrl());
        for (JsonNode f : index.files("demo-pkg")) {
            String expected = f.get("filename").asString().startsWith("demo_pkg-1.1") ? "broken build" : null;
            if (expected == null) {
                assertThat(f.get("yanked").asBoolean()).as(f.toString()).isFalse();
            } else {
                assertThat(f.get("yanked").asString()).as(f.toString()).isEqualTo(expected);
            }
        }
        assertThat(index.anchors("demo-pkg")).allSatisfy(a -> {
            if (a.filename().startsWith("demo_pkg-1.1")) {
                assertThat(a.attributes()).containsEntry("data-yanked", "broken build");
            } else {
                assertThat(a.attributes()).doesNotContainKey("data-yanked");
            }
        });
    }

    @Test
    @Order(2)
    void uv_skips_the_yanked_release_for_a_plain_requirement() throws Exception {
        Path target = Files.createTempDirectory(tmp, "uv");
        var install = Clients.uvPipInstall(py, server.simpleUrl(), target, Map.of(), "demo-pkg");
        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertInstalled(target, "1.0");
    }

    @Test
    @Order(2)
    void uv_installs_the_yanked_release_when_it_is_pinned_exactly() throws Exception {
        Path target = Files.createTempDirectory(tmp, "uv-pinned");
        var install = Clients.uvPipInstall(py, server.simpleUrl(), target, Map.of(), "demo-pkg==1.1");
        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertThat(install.output()).contains("yanked");
        assertInstalled(target, "1.1");
    }

    @Test
    @Order(2)
    void pip_skips_the_yanked_release_for_a_plain_requirement() throws Exception {
        Path target = Files.createTempDirectory(tmp, "pip");
        var install = Clients.pipInstall(py, server.simpleUrl(), target, Map.of(), "demo-pkg");
        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertInstalled(target, "1.0");
    }

    @Test
    @Order(2)
    void pip_installs_the_yanked_release_when_pinned_and_warns_with_the_reason() throws Exception {
        Path target = Files.createTempDirectory(tmp, "pip-pinned");
        var install = Clients.pipInstall(py, server.simpleUrl(), target, Map.of(), "demo-pkg==1.1");
        assertThat(install.succeeded()).as(install.describe()).isTrue();
        assertThat(install.output()).contains("yanked").contains("broken build");
        assertInstalled(target, "1.1");
    }

    @Test
    @Order(3)
    void after_un_yanking_uv_and_pip_pick_the_release_again() throws Exception {
        server.larder().projects().unyank("demo-pkg", "1.1", "admin");
        Path uvTarget = Files.createTempDirectory(tmp, "uv-unyanked");
        Path pipTarget = Files.createTempDirectory(tmp, "pip-unyanked");

        var uv = Clients.uvPipInstall(py, server.simpleUrl(), uvTarget, Map.of(), "demo-pkg");
        var pip = Clients.pipInstall(py, server.simpleUrl(), pipTarget, Map.of(), "demo-pkg");

        assertThat(uv.succeeded()).as(uv.describe()).isTrue();
        assertThat(pip.succeeded()).as(pip.describe()).isTrue();
        assertInstalled(uvTarget, "1.1");
        assertInstalled(pipTarget, "1.1");
    }

    private static void assertInstalled(Path target, String version) {
        var run = Clients.importDemoPkg(py, target);
        assertThat(run.succeeded()).as(run.describe()).isTrue();
        assertThat(run.stdout()).startsWith(version + "\n");
    }
}
