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
    GITHUB,
    GITLAB,
    GOOGLE,
    ACTIVESTATE,
    FORGEJO,
    /** Any other OIDC issuer: only its standard claims ({@code sub} and so on) are known. */
    OIDC;

    /** The word used in the configuration file: {@code github}, {@code gitlab}, ... */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IssuerType> fromConfigName(String word) {
        return Arrays.stream(values()).filter(t -> t.configName().equals(word)).findFirst();
    }

    /** "github, gitlab, ...", for messages that list the accepted words. */
    public static String configNames() {
        return Arrays.stream(values()).map(IssuerType::configName).collect(Collectors.joining(", "));
    }
}
