package dev.larder.trust.publishers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type of an OIDC issuer, which decides how its tokens' claims are read.
 *
 * <p>This mirrors {@code dev.larder.trust.oidc.IssuerType} (owned by the token-verification team)
 * under another name so that the two packages can evolve separately until they are unified.
 * {@link #wireName()} is the lowercase name used in configuration, stored publisher JSON and the
 * Management API ({@code "issuer": "github"}).
 */
public enum IssuerKind {
    /** GitHub Actions, on github.com or on a GitHub Enterprise Server. */
    GITHUB("github", "GitHub"),
    /** GitLab CI/CD, on gitlab.com or a self-managed GitLab. */
    GITLAB("gitlab", "GitLab"),
    /** Google Cloud service-account identity tokens. */
    GOOGLE("google", "Google"),
    /** The ActiveState Platform's PyPI publisher builder. */
    ACTIVESTATE("activestate", "ActiveState"),
    /** Forgejo (and Gitea-compatible) Actions. */
    FORGEJO("forgejo", "Forgejo"),
    /** Any other OIDC issuer, matched by generic claim rules. */
    OIDC("oidc", "OIDC");

    private final String wireName;
    private final String displayName;

    IssuerKind(String wireName, String displayName) {
        this.wireName = wireName;
        this.displayName = displayName;
    }

    /** The lowercase name used in JSON and configuration, e.g. {@code github}. */
    public String wireName() {
        return wireName;
    }

    /** The name shown to people, e.g. {@code GitHub}. */
    public String displayName() {
        return displayName;
    }

    /** The kind whose {@link #wireName()} is {@code name} (case-insensitive), if any. */
    public static Optional<IssuerKind> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.wireName.equals(wanted)).findFirst();
    }

    /** All wire names, comma separated, for messages that list the choices. */
    static String wireNames() {
        return Arrays.stream(values()).map(IssuerKind::wireName).collect(Collectors.joining(", "));
    }
}
