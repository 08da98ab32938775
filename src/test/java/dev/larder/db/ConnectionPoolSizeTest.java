package dev.larder.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.larder.config.ConfigException;
import dev.larder.config.ServerSettings;
import dev.larder.config.SettingsSource;
import dev.larder.testing.Backend;
import dev.larder.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** --database-connections: how many connections one instance may hold, so several fit a server's limit. */
class ConnectionPoolSizeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theConfiguredSizeIsThePoolsMaximum(Backend backend) throws Exception {
        Map<String, String> settings = new HashMap<>(backend.settings());
        settings.put("database-connections", "3");
        try (TestServer server = TestServer.start(dir.resolve(backend.name()), settings)) {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).containsPattern("hikaricp_connections_max\\{pool=\"larder\"\\} 3\\.0");
        }
    }

    @Test
    void aSizeOutsideOneToAThousandIsAConfigError() {
        for (String bad : new String[] {"0", "-2", "many", "1001"}) {
            assertThatThrownBy(() -> ServerSettings.from(SettingsSource.of(Map.of("database-connections", bad), Map.of(), null)))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("from 1 to 1000");
        }
        assertThat(ServerSettings.from(SettingsSource.of(Map.of(), Map.of("LARDER_DATABASE_CONNECTIONS", "40"), null))
                .databaseConnections()).hasValue(40);
    }
}
