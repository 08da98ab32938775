package dev.larder.trust;

import dev.larder.config.ConfigException;
import dev.larder.config.DurationText;
import dev.larder.config.SettingsSource;
import dev.larder.trust.oidc.IssuerRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code trusted-publishing} settings.
 *
 * @param audience the OIDC audience this index announces and requires; by default the host name
 *                 of the base URL (or {@code larder}), never {@code pypi}, so a token minted for
 *                 this index cannot be replayed at pypi.org and the reverse
 * @param tokenLifetime how long a minted upload token lives: 15 minutes by default, and within
 *                      PEP 807's bounds of 15 minutes to 6 hours
 */
public record TrustSettings(String audience, Duration tokenLifetime, IssuerRegistry issuers) {
    public static final Duration MIN_LIFETIME = Duration.ofMinutes(15);
    public static final Duration MAX_LIFETIME = Duration.ofHours(6);

    public static TrustSettings from(SettingsSource source, Optional<URI> baseUrl) {
        String audience = source.get("trusted-publishing.audience")
                .orElse(baseUrl.map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT)).orElse("larder"));
        if (audience.equals("pypi") || audience.equals("testpypi")) {
            throw new ConfigException("the trusted-publishing audience must not be '" + audience
                    + "': tokens for this index must not be usable at pypi.org");
        }
        Duration lifetime = source.get("trusted-publishing.token-lifetime").map(DurationText::parse).orElse(MIN_LIFETIME);
        if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new ConfigException("trusted-publishing.token-lifetime must be between 15m and 6h (PEP 807), not "
                    + source.get("trusted-publishing.token-lifetime").orElse(""));
        }
        JsonNode issuers = source.fileNode("trusted-publishing.issuers");
        IssuerRegistry registry = issuers == null || issuers.isNull() ? IssuerRegistry.defaults() : IssuerRegistry.fromConfig(issuers);
        return new TrustSettings(audience, lifetime, registry);
    }
}
