package dev.larder.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.RawHttp;
import dev.larder.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /healthz and /readyz on a real server, healthy and with a part taken away. */
class HealthEndpointsTest {
    @TempDir
    Path data;

    private static RawHttp.Response get(TestServer server, String path) {
        return RawHttp.send(server.port(), "GET", path, Map.of(), null);
    }

    @Test
    void aHealthyServerIsAliveAndReady() {
        try (TestServer server = TestServer.start(data)) {
            RawHttp.Response alive = get(server, "/healthz");
            assertThat(alive.status()).isEqualTo(200);
            assertThat(alive.text()).isEqualTo("ok");
            RawHttp.Response ready = get(server, "/readyz");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.header("Content-Type")).startsWith("application/json");
            assertThat(ready.header("Cache-Control")).isEqualTo("no-store");
            assertThat(ready.text()).isEqualTo("{\"status\":\"ready\",\"database\":\"ok\",\"storage\":\"ok\"}");
        }
    }

    @Test
    void aClosedDatabaseMakesTheServerUnavailableButStillAlive() {
        try (TestServer server = TestServer.start(data)) {
            server.larder().database().close();
            RawHttp.Response ready = get(server, "/readyz");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.text()).isEqualTo("{\"status\":\"unavailable\",\"database\":\"unreachable\",\"storage\":\"ok\"}");
            assertThat(get(server, "/healthz").status()).isEqualTo(200);
        }
    }

    @Test
    void unreachableStorageMakesTheServerUnavailableUntilItIsBack() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            Path files = data.resolve("files");
            Path away = data.resolve("files-away");
            Files.move(files, away);
            RawHttp.Response ready = get(server, "/readyz");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.text()).isEqualTo("{\"status\":\"unavailable\",\"database\":\"ok\",\"storage\":\"unreachable\"}");
            Files.move(away, files);
            assertThat(get(server, "/readyz").status()).isEqualTo(200);
        }
    }
}
