package dev.larder.trust.oidc;

import dev.larder.config.ConfigException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code trusted-publishing.issuers} list of the YAML configuration:
 *
 * <pre>
 * trusted-publishing:
 *   issuers:
 *     - name: company-gitlab
 *       type: gitlab
 *       url: https://gitlab.example.com
 *     - name: github                      # replaces the built-in one
 *       type: github
 *       url: https://token.actions.githubusercontent.com
 *       jwks: file:/etc/larder/github-jwks.json
 * </pre>
 *
 * {@code jwks: file:PATH} pins the keys to a JWKS file instead of fetching them.
 */
final class IssuerListReader {
    private static final String WHERE = "trusted-publishing.issuers";
    private static final Set<String> KEYS = Set.of("name", "type", "url", "jwks");

    private IssuerListReader() {
    }

    static List<IssuerConfig> read(JsonNode list) {
        if (list == null || list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigException(WHERE + " must be a list of issuers, each with name, type and url");
        }
        List<IssuerConfig> issuers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            issuers.add(readOne(list.get(i), WHERE + "[" + i + "]"));
        }
        return issuers;
    }

    private static IssuerConfig readOne(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw new ConfigException(where + " must be a mapping with name, type and url");
        }
        for (String key : entry.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException(where + " has an unknown key '" + key + "' (known: name, type, url, jwks)");
            }
        }
        String name = text(entry, "name", where);
        String typeWord = text(entry, "type", where);
        IssuerType type = IssuerType.fromConfigName(typeWord).orElseThrow(() -> new ConfigException(
                where + ": the type '" + typeWord + "' is not one of " + IssuerType.configNames()));
        String url = text(entry, "url", where);
        Optional<Path> jwks = entry.has("jwks") ? Optional.of(jwksFile(text(entry, "jwks", where), where))
                : Optional.empty();
        try {
            return new IssuerConfig(name, type, url, jwks);
        } catch (ConfigException e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode entry, String key, String where) {
        JsonNode value = entry.get(key);
        if (value == null || !value.isValueNode() || value.isNull() || value.asString().isBlank()) {
            throw new ConfigException(where + " needs a '" + key + "'");
        }
        return value.asString().trim();
    }

    private static Path jwksFile(String value, String where) {
        if (!value.startsWith("file:")) {
            throw new ConfigException(where + ": jwks must be file:PATH of a JWKS JSON file, not '" + value + "'"
                    + " (leave it out to fetch the keys through the issuer's discovery document)");
        }
        Path path;
        try {
            path = value.startsWith("file://") ? Path.of(URI.create(value)) : Path.of(value.substring(5));
        } catch (IllegalArgumentException e) {
            // InvalidPathException is one too
            throw new ConfigException(where + ": '" + value + "' is not a usable file path");
        }
        if (!Files.isReadable(path)) {
            throw new ConfigException(where + ": the JWKS file " + path + " cannot be read");
        }
        return path;
    }
}
