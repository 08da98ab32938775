package dev.larder.trust.oidc;

import dev.larder.config.ConfigException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One OIDC issuer Larder accepts tokens from.
 *
 * @param name       unique and shown to users (when they register a trusted publisher, in messages)
 * @param type       which claims publishers of this issuer are matched on
 * @param url        exactly the {@code iss} string its tokens carry; no normalisation is applied
 * @param pinnedJwks a JWKS JSON file used instead of discovery, for installations that cannot reach
 *                   the issuer or do not want to trust its web server
 */
public record IssuerConfig(String name, IssuerType type, String url, Optional<Path> pinnedJwks) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    public IssuerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(pinnedJwks, "pinnedJwks");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException("the issuer name '" + name + "' must be 1-63 lower-case letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        IssuerUrl.requireAllowed(url);
    }

    /** An issuer whose keys are found through its discovery document. */
    public static IssuerConfig discovered(String name, IssuerType type, String url) {
        return new IssuerConfig(name, type, url, Optional.empty());
    }

    /** An issuer whose keys are read from a JWKS file. */
    public static IssuerConfig pinned(String name, IssuerType type, String url, Path jwksFile) {
        return new IssuerConfig(name, type, url, Optional.of(jwksFile));
    }
}
