package dev.larder.app;

import dev.larder.config.ServerSettings;
import dev.larder.config.SettingsSource;
import dev.larder.ops.OpsSettings;
import dev.larder.settings.InstanceDefaults;
import dev.larder.trust.TrustSettings;

/** All settings of one index, read from one layered source. */
public record LarderSettings(ServerSettings server, TrustSettings trust, OpsSettings ops, InstanceDefaults instance) {
    public static LarderSettings from(SettingsSource source) {
        ServerSettings server = ServerSettings.from(source);
        return new LarderSettings(server, TrustSettings.from(source, server.baseUrl()), OpsSettings.from(source),
                InstanceDefaults.from(source));
    }
}
