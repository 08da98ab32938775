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

/** The Simple Repository API as pip and uv read it. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SimpleApiTest {
    /** The database this run uses; the class-level setup receives it too. */
    @Parameter
    Backend backend;

    @TempDir
    static Path data;

    static TestServer server;
    static byte[] wheel;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(data.resolve(backend.name()), backend.settings());
        wheel = TestDistributions.wheel("demo_pkg", "Demo_Pkg", "1.0", "x");
        var r = Uploads.post(server, Uploads.tokenFor(server), Uploads.wheelForm("Demo_Pkg", "1.0", "demo_pkg-1.0-py3-none-any.whl", wheel).build());
        assertThat(r.status()).isEqualTo(200);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static RawHttp.Response get(String path, String accept) {
        return RawHttp.send(server.port(), "GET", path, accept == null ? Map.of() : Map.of("Accept", accept), null);
    }

    @Test
    void pipsAcceptHeaderGetsPep691Json() {
        RawHttp.Response r = get("/simple/demo-pkg/", "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/vnd.pypi.simple.v1+json");
        assertThat(r.header("Vary")).isEqualTo("Accept, Accept-Encoding");
        assertThat(r.text()).contains("\"name\":\"demo-pkg\"", "\"versions\":[\"1.0\"]", "\"size\":" + wheel.length,
                "\"core-metadata\":{\"sha256\":", "\"yanked\":false", "\"api-version\":\"1.4\"")
                .doesNotContain("\"dist-info-metadata\"");
    }

    @Test
    void noAcceptHeaderGetsHtmlWithHashFragmentsAndMetadataAttributes() {
        RawHttp.Response r = get("/simple/demo-pkg/", null);
        assertThat(r.header("Content-Type")).startsWith("text/html;").containsIgnoringCase("charset=utf-8");
        assertThat(r.text()).contains("#sha256=" + TestDistributions.sha256(wheel))
                .contains("data-core-metadata=\"sha256=").contains(">demo_pkg-1.0-py3-none-any.whl</a>");
    }

    @Test
    void theFormatParameterOverridesAccept() {
        RawHttp.Response r = get("/simple/demo-pkg/?format=application/vnd.pypi.simple.latest+json", "text/html");
        assertThat(r.header("Content-Type")).isEqualTo("application/vnd.pypi.simple.v1+json");
    }

    @Test
    void aNonNormalizedNameRedirectsToTheNormalizedUrlKeepingTheQuery() {
        RawHttp.Response r = get("/simple/Demo_Pkg/?format=text/html", null);
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.header("Location")).isEqualTo("/simple/demo-pkg/?format=text/html");
        assertThat(get("/simple/demo-pkg", null).header("Location")).isEqualTo("/simple/demo-pkg/");
        assertThat(get("/simple", null).header("Location")).isEqualTo("/simple/");
    }

    @Test
    void anUnknownProjectIs404() {
        assertThat(get("/simple/no-such-thing/", null).status()).isEqualTo(404);
    }

    @Test
    void anUnchangedPageAnswers304ToItsEtagAndAnUploadChangesTheEtag() {
        RawHttp.Response first = get("/simple/demo-pkg/", "application/vnd.pypi.simple.v1+json");
        String etag = first.header("ETag");
        RawHttp.Response again = RawHttp.send(server.port(), "GET", "/simple/demo-pkg/",
                Map.of("Accept", "application/vnd.pypi.simple.v1+json", "If-None-Match", etag), null);
        assertThat(again.status()).isEqualTo(304);
        server.larder().projects().yank("demo-pkg", "1.0", "broken", "test");
        try {
            RawHttp.Response after = RawHttp.send(server.port(), "GET", "/simple/demo-pkg/",
                    Map.of("Accept", "application/vnd.pypi.simple.v1+json", "If-None-Match", etag), null);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.text()).contains("\"yanked\":\"broken\"");
            assertThat(get("/simple/demo-pkg/", null).text()).contains("data-yanked=\"broken\"");
        } finally {
            server.larder().projects().unyank("demo-pkg", "1.0", "test");
        }
    }

    @Test
    void clientsThatAcceptGzipGetTheSamePageCompressedWithItsOwnEtag() throws Exception {
        RawHttp.Response plain = get("/simple/demo-pkg/", "application/vnd.pypi.simple.v1+json");
        RawHttp.Response zipped = RawHttp.send(server.port(), "GET", "/simple/demo-pkg/",
                Map.of("Accept", "application/vnd.pypi.simple.v1+json", "Accept-Encoding", "gzip, deflate"), null);
        assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.header("Vary")).contains("Accept-Encoding");
        assertThat(zipped.header("ETag")).isNotEqualTo(plain.header("ETag"));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(plain.header("Content-Encoding")).isNull();
        RawHttp.Response refused = RawHttp.send(server.port(), "GET", "/simple/demo-pkg/",
                Map.of("Accept-Encoding", "gzip;q=0, identity"), null);
        assertThat(refused.header("Content-Encoding")).isNull();
    }

    @Test
    void theRootIndexIsStreamedCompressedToClientsThatAcceptGzip() throws Exception {
        RawHttp.Response plain = get("/simple/", "application/vnd.pypi.simple.v1+json");
        RawHttp.Response zipped = RawHttp.send(server.port(), "GET", "/simple/",
                Map.of("Accept", "application/vnd.pypi.simple.v1+json", "Accept-Encoding", "gzip"), null);
        assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.header("Vary")).contains("Accept-Encoding");
        assertThat(zipped.header("ETag")).isNotEqualTo(plain.header("ETag"));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.text());
        }
        RawHttp.Response html = RawHttp.send(server.port(), "GET", "/simple/", Map.of("Accept-Encoding", "gzip"), null);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(html.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(get("/simple/", null).text());
        }
        RawHttp.Response again = RawHttp.send(server.port(), "GET", "/simple/",
                Map.of("Accept", "application/vnd.pypi.simple.v1+json", "Accept-Encoding", "gzip",
                        "If-None-Match", zipped.header("ETag")), null);
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void theRootIndexListsProjectsByDisplayNameWithNormalizedLinks() {
        RawHttp.Response html = get("/simple/", null);
        assertThat(html.text()).contains("<a href=\"/simple/demo-pkg/\">Demo_Pkg</a>");
        RawHttp.Response json = get("/simple/", "application/vnd.pypi.simple.v1+json");
        assertThat(json.text()).contains("{\"name\":\"Demo_Pkg\",\"_last-serial\":");
        RawHttp.Response cached = RawHttp.send(server.port(), "GET", "/simple/",
                Map.of("If-None-Match", html.header("ETag")), null);
        assertThat(cached.status()).isEqualTo(304);
    }

    @Test
    void postingToTheSimpleIndexIsNotAllowed() {
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/simple/", Map.of(), new byte[0]);
        assertThat(r.status()).isEqualTo(405);
    }

    @Test
    void theMetadataFileIsExactlyTheWheelsMetadataWithTheAdvertisedHash() {
        String json = get("/simple/demo-pkg/", "application/vnd.pypi.simple.v1+json").text();
        String url = json.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
        RawHttp.Response metadata = get(url + ".metadata", null);
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.text()).isEqualTo(TestDistributions.metadata("Demo_Pkg", "1.0"));
        assertThat(json).contains("\"core-metadata\":{\"sha256\":\"" + TestDistributions.sha256(metadata.body()) + "\"}");
    }

    @Test
    void filesAreServedWithRangesEtagsAndLongCaching() {
        String json = get("/simple/demo-pkg/", "application/vnd.pypi.simple.v1+json").text();
        String url = json.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
        RawHttp.Response whole = get(url, null);
        assertThat(whole.body()).isEqualTo(wheel);
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(whole.header("Cache-Control")).contains("immutable");
        RawHttp.Response tail = RawHttp.send(server.port(), "GET", url, Map.of("Range", "bytes=-22"), null);
        assertThat(tail.status()).isEqualTo(206);
        assertThat(tail.header("Content-Range")).isEqualTo("bytes " + (wheel.length - 22) + "-" + (wheel.length - 1) + "/" + wheel.length);
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(wheel, wheel.length - 22, wheel.length));
        RawHttp.Response beyond = RawHttp.send(server.port(), "GET", url, Map.of("Range", "bytes=999999-"), null);
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(RawHttp.send(server.port(), "GET", url, Map.of("If-None-Match", whole.header("ETag")), null).status()).isEqualTo(304);
    }
}
