package dev.larder.upload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * What an upload's {@code Authorization} header offers. PyPI accepts an API token as Basic
 * {@code __token__:TOKEN} or under the {@code token} and {@code bearer} schemes; any other Basic
 * user name is a password login, which is refused outright.
 */
public sealed interface Credentials {
    record None() implements Credentials {}

    record Token(String token) implements Credentials {}

    record PasswordLogin(String username) implements Credentials {}

    static Credentials fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return new None();
        }
        String h = header.trim();
        int space = h.indexOf(' ');
        if (space < 0) {
            return new None();
        }
        String scheme = h.substring(0, space).toLowerCase(Locale.ROOT);
        String value = h.substring(space + 1).trim();
        switch (scheme) {
            case "token", "bearer" -> {
                return value.isEmpty() ? new None() : new Token(value);
            }
            case "basic" -> {
                String decoded;
                try {
                    decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return new None();
                }
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    return new None();
                }
                String user = decoded.substring(0, colon);
                String secret = decoded.substring(colon + 1).trim();
                if (!user.equals("__token__")) {
                    return new PasswordLogin(user);
                }
                return secret.isEmpty() ? new None() : new Token(secret);
            }
            default -> {
                return new None();
            }
        }
    }
}
