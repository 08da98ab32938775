package dev.larder.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.RawHttp;
import dev.larder.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behind a TLS proxy, PEP 807 discovery hands out the public https URLs, not the proxy's hop. */
class DiscoveryBehindProxyTest {
    @TempDir
    Path data;

    @Test
    void discoveryUsesTheBaseUrlWhenOneIsConfigured() throws Exception {
        try (TestServer server = TestServer.start(data, Map.of("base-url", "https://pypi.example.com"))) {
            String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("/legacy/".getBytes(StandardCharsets.UTF_8)));
            RawHttp.Response r = RawHttp.send(server.port(), "GET", "/.well-known/pytp/" + key, Map.of(), null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).contains("\"mint-token-endpoint\":\"https://pypi.example.com/_/oidc/mint-token\"")
                    .contains("\"audience-endpoint\":\"https://pypi.example.com/_/oidc/audience\"");
            RawHttp.Response audience = RawHttp.send(server.port(), "GET", "/_/oidc/audience", Map.of(), null);
            assertThat(audience.text()).contains("\"audience\":\"pypi.example.com\"");
        }
    }
}
