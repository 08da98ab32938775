package dev.larder.trust.oidc;

import dev.larder.config.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The issuers Larder accepts tokens from, looked up by the token's {@code iss} (exact string match,
 * as pypi.org does: {@code https://gitlab.com/} is not {@code https://gitlab.com}) or by name.
 * Immutable; built once at start-up.
 */
public final class IssuerRegistry {
    private final Map<String, IssuerConfig> byName;
    private final Map<String, IssuerConfig> byUrl;

    private IssuerRegistry(Map<String, IssuerConfig> byName, Map<String, IssuerConfig> byUrl) {
        this.byName = byName;
        this.byUrl = byUrl;
    }

    /** The public issuers pypi.org accepts, with their discovery documents. */
    public static IssuerRegistry defaults() {
        return of(List.of(
                IssuerConfig.discovered("github", IssuerType.GITHUB, "https://token.actions.githubusercontent.com"),
                IssuerConfig.discovered("gitlab", IssuerType.GITLAB, "https://gitlab.com"),
                IssuerConfig.discovered("google", IssuerType.GOOGLE, "https://accounts.google.com"),
                IssuerConfig.discovered("activestate", IssuerType.ACTIVESTATE,
                        "https://platform.activestate.com/api/v1/oauth/oidc")));
    }

    /** Exactly these issuers; names and URLs must be unique. */
    public static IssuerRegistry of(List<IssuerConfig> issuers) {
        Map<String, IssuerConfig> byName = new LinkedHashMap<>();
        Map<String, IssuerConfig> byUrl = new LinkedHashMap<>();
        for (IssuerConfig issuer : issuers) {
            if (byName.putIfAbsent(issuer.name(), issuer) != null) {
                throw new ConfigException("two trusted-publishing issuers are named '" + issuer.name() + "'");
            }
            IssuerConfig other = byUrl.putIfAbsent(issuer.url(), issuer);
            if (other != null) {
                throw new ConfigException("the trusted-publishing issuers '" + other.name() + "' and '" + issuer.name()
                        + "' have the same URL " + issuer.url());
            }
        }
        return new IssuerRegistry(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(byUrl));
    }

    /**
     * The defaults plus the issuers of the configuration's {@code trusted-publishing.issuers} list
     * ({@code null} or a missing node when the file has none); a configured issuer with a
     * default's name replaces that default.
     */
    public static IssuerRegistry fromConfig(JsonNode issuersList) {
        return defaults().overriddenBy(IssuerListReader.read(issuersList));
    }

    /** This registry with {@code issuers} added, each replacing the issuer of the same name. */
    public IssuerRegistry overriddenBy(List<IssuerConfig> issuers) {
        Map<String, IssuerConfig> merged = new LinkedHashMap<>(byName);
        Set<String> given = new HashSet<>();
        for (IssuerConfig issuer : issuers) {
            if (!given.add(issuer.name())) {
                throw new ConfigException("two trusted-publishing issuers are named '" + issuer.name() + "'");
            }
            merged.put(issuer.name(), issuer);
        }
        return of(new ArrayList<>(merged.values()));
    }

    public Optional<IssuerConfig> byIssuerUrl(String iss) {
        return Optional.ofNullable(byUrl.get(iss));
    }

    public Optional<IssuerConfig> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All issuers, in the order they were given (defaults first). */
    public List<IssuerConfig> all() {
        return List.copyOf(byName.values());
    }
}
