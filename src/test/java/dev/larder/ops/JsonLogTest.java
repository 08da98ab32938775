package dev.larder.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** --log-format json: what the server writes to standard error is one JSON object per line. */
class JsonLogTest {
    @TempDir
    static Path data;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyLineIsAJsonObjectWithLevelLoggerAndMessageAndNoSecrets() {
        String secret = "pypi-AgEIcHlwaS5vcmcSECRETSECRET";
        byte[] wheel = TestDistributions.wheel("logged", "logged", "1.0", "x");
        String written = capturingStandardError(() -> {
            LogFormat.JSON.apply();
            try {
                assertThat(Uploads.post(server, Uploads.tokenAuth(secret),
                        Uploads.wheelForm("logged", "1.0", "logged-1.0-py3-none-any.whl", wheel).build()).status()).isEqualTo(403);
                assertThat(RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(),
                        "{\"token\":\"eyJhbGciOiJub25lIn0.e30.\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(422);
                LoggerFactory.getLogger("dev.larder.ops.JsonLogTest").warn("failed with {}", "an exception",
                        new IllegalStateException("boom\nsecond line"));
            } finally {
                LogFormat.TEXT.apply();
            }
        });

        List<JsonNode> events = new ArrayList<>();
        for (String line : written.split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = JsonMapper.builder().build().readTree(line);
                assertThat(node.isObject()).as(line).isTrue();
                events.add(node);
            }
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        assertThat(events).allSatisfy(e -> assertThat(e.has("timestamp") && e.has("level") && e.has("loggerName")).isTrue());
        JsonNode refused = events.stream().filter(e -> e.path("formattedMessage").asString().startsWith("upload refused: 403"))
                .findFirst().orElseThrow();
        assertThat(refused.get("level").asString()).isEqualTo("INFO");
        assertThat(refused.get("loggerName").asString()).isEqualTo("dev.larder.upload.http.LegacyUploadEndpoint");
        assertThat(events).anySatisfy(e -> assertThat(e.path("formattedMessage").asString()).startsWith("token exchange refused:"));
        JsonNode failed = events.stream().filter(e -> e.path("formattedMessage").asString().equals("failed with an exception"))
                .findFirst().orElseThrow();
        assertThat(failed.at("/throwable/message").asString()).isEqualTo("boom\nsecond line");
        assertThat(written).doesNotContain(secret, "eyJhbGciOiJub25lIn0");
    }

    @Test
    void textIsTheDefaultAndLooksAsInLogbackXml() {
        String written = capturingStandardError(() ->
                LoggerFactory.getLogger("dev.larder.ops.JsonLogTest").info("plain line"));
        assertThat(written).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  d\\.larder\\.ops\\.JsonLogTest - plain line\\R");
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
