package dev.larder.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.config.HostPort;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics on a real server: request counts by route pattern, uploads, exchanges, key fetches, pool and JVM. */
class MetricsEndpointTest {
    static final String AUDIENCE = "larder-metrics-test";

    @TempDir
    static Path dir;

    static DevIssuer issuer;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        issuer = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("keys"), DevClaims.github());
        Path config = dir.resolve("larder.yaml");
        // "gone" is an issuer nobody answers for: fetching its keys fails.
        Files.writeString(config, "trusted-publishing:\n  audience: " + AUDIENCE + "\n  issuers:\n"
                + "    - name: dev\n      type: github\n      url: " + issuer.url() + "\n"
                + "    - name: gone\n      type: oidc\n      url: http://127.0.0.1:9/gone\n");
        server = TestServer.start(dir.resolve("data"), Map.of(), config);
    }

    @AfterAll
    static void stop() {
        server.close();
        issuer.close();
    }

    static RawHttp.Response get(String path) {
        return RawHttp.send(server.port(), "GET", path, Map.of(), null);
    }

    static String scrape() {
        RawHttp.Response r = get("/metrics");
        assertThat(r.status()).isEqualTo(200);
        return r.text();
    }

    /** The value of one sample line, or 0 if the series does not exist (yet). */
    static double value(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static RawHttp.Response upload(String token, String project, String version, byte[] wheel) {
        String dist = project.replace('-', '_');
        return Uploads.post(server, Uploads.tokenAuth(token),
                Uploads.wheelForm(project, version, dist + "-" + version + "-py3-none-any.whl", wheel).build());
    }

    static RawHttp.Response mint(String body) {
        return RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theScrapeIsPrometheusTextFormat004() {
        RawHttp.Response r = get("/metrics");
        assertThat(r.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.text()).contains("# TYPE larder_http_requests_seconds summary");
    }

    @Test
    void requestsAreCountedByRoutePatternNeverByRawPath() {
        String before = scrape();
        get("/simple/first-unknown-project/");
        get("/simple/second-unknown-project/");
        get("/no/such/route/at-all");
        String after = scrape();
        String byPattern = "larder_http_requests_seconds_count{method=\"GET\",route=\"/simple/{project}/\",status=\"404\"}";
        String unmatched = "larder_http_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}";
        assertThat(value(after, byPattern) - value(before, byPattern)).isEqualTo(2);
        assertThat(value(after, unmatched) - value(before, unmatched)).isEqualTo(1);
        assertThat(after).doesNotContain("first-unknown-project", "/no/such/route");
    }

    @Test
    void uploadsAreCountedByOutcomeWithTheirBytes() {
        String token = server.tokenFor("metrics-uploader");
        byte[] wheel = TestDistributions.wheel("counted", "counted", "1.0", "x");
        String before = scrape();
        assertThat(upload(token, "counted", "1.0", wheel).status()).isEqualTo(200);
        assertThat(upload(token, "counted", "1.0", wheel).status()).isEqualTo(200);
        assertThat(upload("pypi-not-a-token", "counted", "1.0", wheel).status()).isEqualTo(403);
        String after = scrape();
        for (var e : Map.of(
                "larder_uploads_total{outcome=\"stored\",status=\"200\"}", 1.0,
                "larder_uploads_total{outcome=\"already_present\",status=\"200\"}", 1.0,
                "larder_uploads_total{outcome=\"refused\",status=\"403\"}", 1.0,
                "larder_upload_bytes_count{outcome=\"stored\"}", 1.0,
                "larder_upload_bytes_sum{outcome=\"stored\"}", (double) wheel.length).entrySet()) {
            assertThat(value(after, e.getKey()) - value(before, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(after).contains("larder_http_requests_seconds_count{method=\"POST\",route=\"/legacy/\",status=\"200\"}");
    }

    @Test
    void anUploadWhoseConnectionDropsMidwayCountsAsFailed() throws Exception {
        String before = scrape();
        byte[] body = Uploads.wheelForm("cutoff", "1.0", "cutoff-1.0-py3-none-any.whl",
                TestDistributions.wheel("cutoff", "cutoff", "1.0", "x")).build();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            var out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST /legacy/ HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            Uploads.tokenAuth(server.tokenFor("cutoff")).forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, body.length / 2);
            out.flush();
        }
        // The server notices the broken connection on its own time.
        String failed = "larder_uploads_total{outcome=\"failed\",status=\"500\"}";
        double counted = 0;
        for (int i = 0; i < 200 && counted == 0; i++) {
            Thread.sleep(25);
            counted = value(scrape(), failed) - value(before, failed);
        }
        assertThat(counted).isEqualTo(1);
    }

    @Test
    void tokenExchangesAreCountedByOutcomeAndKeyFetchesByIssuerAndResult() {
        String before = scrape();
        assertThat(mint("not json").status()).isEqualTo(422);
        // A genuine token of "dev", but no publisher trusts it: the keys are fetched, the exchange refused.
        // (The publisher of aMintedTokenIsCounted wants the environment "metrics"; this token has another.)
        assertThat(mint("{\"token\":\"" + issuer.mint(AUDIENCE, Map.of("environment", "other")) + "\"}").status()).isEqualTo(422);
        // A token claiming to be from "gone": its keys cannot be fetched.
        assertThat(mint("{\"token\":\"" + unsignedToken("http://127.0.0.1:9/gone") + "\"}").status()).isEqualTo(422);
        String after = scrape();
        for (String series : new String[] {
                "larder_token_exchanges_total{outcome=\"invalid-payload\"}",
                "larder_token_exchanges_total{outcome=\"invalid-publisher\"}",
                "larder_token_exchanges_total{outcome=\"invalid-token\"}"}) {
            assertThat(value(after, series) - value(before, series)).as(series).isEqualTo(1);
        }
        // Keys are cached (and refetched at most once a minute), so another test may have fetched them first.
        assertThat(value(after, "larder_oidc_key_fetches_seconds_count{issuer=\"dev\",result=\"ok\"}")).isEqualTo(1);
        assertThat(value(after, "larder_oidc_key_fetches_seconds_count{issuer=\"gone\",result=\"failed\"}")).isEqualTo(1);
    }

    @Test
    void aMintedTokenIsCounted() throws Exception {
        String owner = server.tokenFor("metrics-owner");
        byte[] wheel = TestDistributions.wheel("minty", "minty", "0.1", "x");
        assertThat(upload(owner, "minty", "0.1", wheel).status()).isEqualTo(200);
        RawHttp.Response added = RawHttp.send(server.port(), "POST", "/api/v1/projects/minty/publishers",
                Map.of("Authorization", "Bearer " + owner, "Content-Type", "application/json"),
                "{\"issuer\":\"dev\",\"owner\":\"myorg\",\"repository\":\"myproject\",\"workflow\":\"release.yml\",\"environment\":\"metrics\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String series = "larder_token_exchanges_total{outcome=\"minted\"}";
        double before = value(scrape(), series);
        RawHttp.Response r = mint("{\"token\":\"" + issuer.mint(AUDIENCE, Map.of("environment", "metrics")) + "\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(value(scrape(), series) - before).isEqualTo(1);
    }

    @Test
    void thePoolAndTheJvmAreMeasured() {
        assertThat(scrape()).contains("hikaricp_connections_active{pool=\"larder\"}", "hikaricp_connections_max{pool=\"larder\"}",
                "jvm_memory_used_bytes{", "jvm_threads_live_threads ", "jvm_gc_", "process_uptime_seconds ");
    }

    /** A JWT with a plausible header and claims and a made-up signature. */
    static String unsignedToken(String iss) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"iss\":\"" + iss + "\",\"aud\":\"" + AUDIENCE + "\",\"exp\":4102444800}").getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(new byte[256]);
    }
}
