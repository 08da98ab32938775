package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.Objects;

/**
 * The configured issuer that signed a verified token: its kind, the name an administrator gave
 * it (e.g. {@code github} or {@code gitlab-acme}) and its issuer URL (the token's {@code iss}).
 */
public record TokenIssuer(IssuerType kind, String name, String url) {
    public TokenIssuer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }
}
