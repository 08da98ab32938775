package dev.larder.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** PyPI's JSON API with the Warehouse fields tools read. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class JsonApiTest {
    /** The database this run uses; the class-level setup receives it too. */
    @Parameter
    Backend backend;

    @TempDir
    static Path data;

    static TestServer server;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(data.resolve(backend.name()), backend.settings());
        String token = server.tokenFor("alice");
        for (String v : new String[] {"1.0", "2.0", "3.0rc1"}) {
            byte[] w = TestDistributions.wheel("json_pkg", "json-pkg", v, v);
            assertThat(Uploads.post(server, Uploads.tokenAuth(token),
                    Uploads.wheelForm("json-pkg", v, "json_pkg-" + v + "-py3-none-any.whl", w).build()).status()).isEqualTo(200);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static JsonNode get(String path) {
        RawHttp.Response r = RawHttp.send(server.port(), "GET", path, Map.of(), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void theProjectDocumentDescribesTheNewestFinalRelease() {
        JsonNode doc = get("/pypi/json-pkg/json");
        assertThat(doc.at("/info/version").asString()).isEqualTo("2.0");
        assertThat(doc.at("/info/name").asString()).isEqualTo("json-pkg");
        assertThat(doc.at("/info/summary").asString()).isEqualTo("a test package");
        assertThat(doc.at("/releases").propertyNames()).containsExactly("1.0", "2.0", "3.0rc1");
        JsonNode file = doc.at("/urls/0");
        assertThat(file.get("filename").asString()).isEqualTo("json_pkg-2.0-py3-none-any.whl");
        assertThat(file.at("/digests/sha256").asString()).hasSize(64);
        assertThat(file.get("upload_time_iso_8601").asString()).endsWith("Z");
        assertThat(file.get("yanked").asBoolean()).isFalse();
        assertThat(doc.at("/ownership/roles/0/user").asString()).isEqualTo("alice");
    }

    @Test
    void aYankedReleaseIsNoLongerLatestAndSaysWhy() {
        server.larder().projects().yank("json-pkg", "2.0", "bad build", "test");
        try {
            assertThat(get("/pypi/json-pkg/json").at("/info/version").asString()).isEqualTo("1.0");
            JsonNode release = get("/pypi/json-pkg/2.0/json");
            assertThat(release.at("/info/yanked").asBoolean()).isTrue();
            assertThat(release.at("/info/yanked_reason").asString()).isEqualTo("bad build");
            assertThat(release.has("releases")).isFalse();
        } finally {
            server.larder().projects().unyank("json-pkg", "2.0", "test");
        }
    }

    @Test
    void aVersionIsFoundByItsCanonicalForm() {
        assertThat(get("/pypi/json-pkg/1.0.0/json").at("/info/version").asString()).isEqualTo("1.0");
    }

    @Test
    void unknownProjectsAndVersionsAre404InJson() {
        RawHttp.Response r = RawHttp.send(server.port(), "GET", "/pypi/nothing-here/json", Map.of(), null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text()).contains("\"message\": \"Not Found\"");
        assertThat(RawHttp.send(server.port(), "GET", "/pypi/json-pkg/9.9/json", Map.of(), null).status()).isEqualTo(404);
    }

    @Test
    void aNonNormalizedNameRedirects() {
        RawHttp.Response r = RawHttp.send(server.port(), "GET", "/pypi/Json_Pkg/1.0/json", Map.of(), null);
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.header("Location")).isEqualTo("/pypi/json-pkg/1.0/json");
    }
}
