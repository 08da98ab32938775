package dev.larder.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.larder.config.ConfigException;
import dev.larder.config.SettingsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** log-format and metrics-token from the command line, LARDER_* variables and the YAML file. */
class OpsSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTextLogsAndOpenMetrics() {
        OpsSettings s = OpsSettings.from(SettingsSource.of(Map.of(), Map.of(), null));
        assertThat(s.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(s.metricsToken()).isEmpty();
    }

    @Test
    void theEnvironmentAndTheFileSetThem() throws Exception {
        Path yaml = dir.resolve("larder.yaml");
        Files.writeString(yaml, "log-format: json\nmetrics-token: from-file\n");
        OpsSettings file = OpsSettings.from(SettingsSource.of(Map.of(), Map.of(), yaml));
        assertThat(file.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(file.metricsToken()).contains("from-file");
        OpsSettings env = OpsSettings.from(SettingsSource.of(Map.of(), Map.of("LARDER_LOG_FORMAT", "JSON",
                "LARDER_METRICS_TOKEN", "from-env"), yaml));
        assertThat(env.metricsToken()).contains("from-env");
    }

    @Test
    void anUnknownFormatIsAConfigErrorAndTheTokenNeverShowsInToString() {
        assertThatThrownBy(() -> OpsSettings.from(SettingsSource.of(Map.of("log-format", "xml"), Map.of(), null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("text or json");
        assertThat(OpsSettings.from(SettingsSource.of(Map.of("metrics-token", "hush"), Map.of(), null)).toString())
                .doesNotContain("hush");
    }
}
