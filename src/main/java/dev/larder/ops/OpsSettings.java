package dev.larder.ops;

import dev.larder.config.ConfigException;
import dev.larder.config.SettingsSource;
import java.util.Locale;
import java.util.Optional;

/**
 * How the server is operated rather than what it serves.
 *
 * @param metricsToken when present, {@code /metrics} answers only requests with
 *                     {@code Authorization: Bearer <token>}
 * @param logFormat    human-readable text (the default) or one JSON object per line
 */
public record OpsSettings(Optional<String> metricsToken, LogFormat logFormat) {

    public static OpsSettings from(SettingsSource s) {
        return new OpsSettings(s.get("metrics-token"), logFormat(s.get("log-format").orElse("text")));
    }

    private static LogFormat logFormat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new ConfigException("--log-format '" + text + "' must be text or json");
        };
    }

    @Override
    public String toString() {
        // The token is a secret: never let it reach a log line through this record.
        return "OpsSettings[metricsToken=" + (metricsToken.isPresent() ? "(set)" : "(none)") + ", logFormat=" + logFormat + "]";
    }
}
