package dev.larder.trust.oidc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of CI or identity provider behind an issuer. It decides which claims a trusted publisher
 * of that issuer is matched on; a self-hosted GitLab, GitHub Enterprise or Forgejo server is an
 * issuer of the same type as the public service, with its own URL.
 */
public enum IssuerType {
    /** GitHub Actions, on github.com or on a GitHub Enterprise Server. */
    GITHUB("GitHub"),
    /** GitLab CI/CD, on gitlab.com or a self-managed GitLab. */
    GITLAB("GitLab"),
    /** Google Cloud service-account identity tokens. */
    GOOGLE("Google"),
    /** The ActiveState Platform's PyPI publisher builder. */
    ACTIVESTATE("ActiveState"),
    /** Forgejo (and Gitea-compatible) Actions. */
    FORGEJO("Forgejo"),
    /** Any other OIDC issuer, matched by generic claim rules. */
    OIDC("OIDC");

    private final String displayName;

    IssuerType(String displayName) {
        this.displayName = displayName;
    }

    /** The word used in configuration, stored publisher JSON and the management API: {@code github}, ... */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name shown to people, e.g. {@code GitHub}. */
    public String displayName() {
        return displayName;
    }

    /** The type named by a word (case-insensitive, surrounding blanks ignored), if any. */
    public static Optional<IssuerType> fromConfigName(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.configName().equals(wanted)).findFirst();
    }

    /** "github, gitlab, ...", for messages that list the accepted words. */
    public static String configNames() {
        return Arrays.stream(values()).map(IssuerType::configName).collect(Collectors.joining(", "));
    }
}
