package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PEP 658/714: every wheel has a {@code <url>.metadata} sibling holding exactly the wheel's METADATA,
 * announced with its sha256; pip and uv resolve from those files without downloading any wheel.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoreMetadataFileTest {
    @TempDir
    static Path tmp;

    static PythonTools py;
    static TestServer server;
    static RecordingProxy proxy;

    @BeforeAll
    static void publish() throws Exception {
        py = PythonTools.require();
        server = TestServer.start(tmp.resolve("data"));
        Path[] files = InstallFromIndexTest.ALL_FIXTURES.stream().map(py::dist).toArray(Path[]::new);
        var upload = Clients.uvPublish(py, server.uploadUrl(), server.tokenFor("alice"), Map.of(), List.of(), files);
        assertThat(upload.succeeded()).as(upload.describe()).isTrue();
        proxy = RecordingProxy.passThrough(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetEarlierRequests() {
        proxy.clearLog();
    }

    @Test
    void each_wheels_metadata_file_serves_exactly_its_METADATA_and_both_page_forms_announce_its_sha256() {
        IndexHttp index = new IndexHttp(server.baseUrl());
        for (String name : List.of("demo_pkg-1.0-py3-none-any.whl", "demo_pkg-1.1-py3-none-any.whl",
                "demo_dep-1.0-py3-none-any.whl")) {
            String project = name.startsWith("demo_pkg") ? "demo-pkg" : "demo-dep";
            byte[] metadata = RawUpload.wheelMetadata(py.dist(name));
            String sha256 = Digest.sha256(metadata);
            JsonNode entry = index.file(project, name).orElseThrow();

            var served = index.get(entry.get("url").asString() + ".metadata", null);

            assertThat(served.statusCode()).as(name + ".metadata").isEqualTo(200);
            assertThat(served.body()).as(name + ".metadata").isEqualTo(metadata);
            assertThat(entry.get("core-metadata").get("sha256").asString()).as(name).isEqualTo(sha256);
            assertThat(entry.has("dist-info-metadata")).as("pip 22.3-23.1 crash on the key dist-info-metadata").isFalse();
            assertThat(index.anchors(project)).filteredOn(a -> a.filename().equals(name)).singleElement()
                    .satisfies(a -> {
                        assertThat(a.attributes()).containsEntry("data-core-metadata", "sha256=" + sha256);
                        assertThat(a.attributes()).containsEntry("data-dist-info-metadata", "sha256=" + sha256);
                    });
        }
    }

    @Test
    void sdists_announce_no_metadata_file_and_have_none() {
        IndexHttp index = new IndexHttp(server.baseUrl());
        JsonNode sdist = index.file("demo-pkg", "demo_pkg-1.1.tar.gz").orElseThrow();

        assertThat(!sdist.has("core-metadata") || sdist.get("core-metadata").isBoolean()
                && !sdist.get("core-metadata").asBoolean()).as(sdist.toString()).isTrue();
        assertThat(index.get(sdist.get("url").asString() + ".metadata", null).statusCode()).isEqualTo(404);
        assertThat(index.anchors("demo-pkg")).filteredOn(a -> a.filename().equals("demo_pkg-1.1.tar.gz")).singleElement()
                .satisfies(a -> assertThat(a.attributes()).doesNotContainKeys("data-core-metadata", "data-dist-info-metadata"));
    }

    @Test
    void pip_resolves_a_dry_run_install_from_the_metadata_files_without_downloading_a_wheel() throws Exception {
        Path report = tmp.resolve("pip-report.json");

        var run = py.run(Map.of(), py.python().toString(), "-m", "pip", "install", "--no-cache-dir", "-v",
                "--index-url", proxy.simpleUrl(), "--dry-run", "--ignore-installed", "--report", report.toString(),
                "demo-pkg");

        assertThat(run.succeeded()).as(run.describe()).isTrue();
        assertThat(run.output()).as("pip -v says where it took the dependency information from")
                .containsPattern("Obtaining dependency information for demo-pkg from \\S+/demo_pkg-1\\.1-py3-none-any\\.whl\\.metadata");
        JsonNode resolved = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(resolved.get("install").valueStream()
                .map(i -> i.get("metadata").get("name").asString() + "==" + i.get("metadata").get("version").asString()))
                .containsExactlyInAnyOrder("demo-pkg==1.1", "demo-dep==1.0");
        assertMetadataFilesUsedInsteadOfWheels();
    }

    @Test
    void uv_resolves_from_the_metadata_files_without_downloading_a_wheel() throws Exception {
        Path requirements = tmp.resolve("requirements.in");
        Files.writeString(requirements, "demo-pkg\n");

        var run = py.run(Map.of(), py.uv().toString(), "pip", "compile", "--no-cache", "--python", py.python().toString(),
                "--index-url", proxy.simpleUrl(), "--no-header", requirements.toString());

        assertThat(run.succeeded()).as(run.describe()).isTrue();
        assertThat(run.stdout()).contains("demo-pkg==1.1").contains("demo-dep==1.0");
        assertMetadataFilesUsedInsteadOfWheels();
    }

    private static void assertMetadataFilesUsedInsteadOfWheels() {
        assertThat(proxy.log()).as("requests through the proxy")
                .anySatisfy(e -> assertThat(e.isGetOf("/demo_pkg-1.1-py3-none-any.whl.metadata")).isTrue())
                .anySatisfy(e -> assertThat(e.isGetOf("/demo_dep-1.0-py3-none-any.whl.metadata")).isTrue())
                .noneSatisfy(e -> assertThat(e.path()).endsWith(".whl"))
                .noneSatisfy(e -> assertThat(e.path()).endsWith(".tar.gz"));
    }
}
