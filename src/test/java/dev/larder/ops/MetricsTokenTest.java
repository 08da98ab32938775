package dev.larder.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.RawHttp;
import dev.larder.testing.TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a metrics token configured, /metrics answers only its bearer; health checks stay open. */
class MetricsTokenTest {
    @TempDir
    Path data;

    @Test
    void onlyTheTokensBearerGetsTheMetrics() {
        try (TestServer server = TestServer.start(data, Map.of("metrics-token", "scrape-secret"))) {
            RawHttp.Response none = RawHttp.send(server.port(), "GET", "/metrics", Map.of(), null);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.text()).doesNotContain("larder_", "scrape-secret");
            assertThat(RawHttp.send(server.port(), "GET", "/metrics", Map.of("Authorization", "Bearer scrape-secreT"), null)
                    .status()).isEqualTo(401);
            assertThat(RawHttp.send(server.port(), "GET", "/metrics", Map.of("Authorization", "Basic c2NyYXBlLXNlY3JldA=="), null)
                    .status()).isEqualTo(401);
            RawHttp.Response ok = RawHttp.send(server.port(), "GET", "/metrics", Map.of("Authorization", "Bearer scrape-secret"), null);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.text()).contains("larder_http_requests_seconds_count{method=\"GET\",route=\"/metrics\",status=\"401\"}");
            assertThat(RawHttp.send(server.port(), "GET", "/readyz", Map.of(), null).status()).isEqualTo(200);
        }
    }

    @Test
    void withoutATokenTheMetricsAreOpen() {
        try (TestServer server = TestServer.start(data)) {
            assertThat(RawHttp.send(server.port(), "GET", "/metrics", Map.of(), null).status()).isEqualTo(200);
        }
    }
}
