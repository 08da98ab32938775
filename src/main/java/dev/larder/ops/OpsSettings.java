package dev.larder.ops;

import dev.larder.config.ConfigException;
import dev.larder.config.SettingsSource;
import dev.larder.web.ClientAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the server is operated rather than what it serves.
 *
 * @param metricsToken when present, {@code /metrics} answers only requests with
 *                     {@code Authorization: Bearer <token>}
 * @param logFormat    human-readable text (the default) or one JSON object per line
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of this server,
 *                       whose {@code X-Forwarded-For} names the client (empty: none is believed)
 */
public record OpsSettings(Optional<String> metricsToken, LogFormat logFormat, List<String> trustedProxies) {

    public static OpsSettings from(SettingsSource s) {
        List<String> proxies = s.get("trusted-proxies").map(t -> List.of(t.split(","))).orElse(List.of())
                .stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        try {
            ClientAddress.trusting(proxies);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--trusted-proxies: " + e.getMessage());
        }
        return new OpsSettings(s.get("metrics-token"), logFormat(s.get("log-format").orElse("text")), proxies);
    }

    /** How to find the client's address behind the trusted proxies. */
    public ClientAddress clientAddress() {
        return ClientAddress.trusting(trustedProxies);
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
        return "OpsSettings[metricsToken=" + (metricsToken.isPresent() ? "(set)" : "(none)") + ", logFormat=" + logFormat
                + ", trustedProxies=" + trustedProxies + "]";
    }
}
