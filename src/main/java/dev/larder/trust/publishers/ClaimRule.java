package dev.larder.trust.publishers;

import java.util.Objects;

/**
 * One condition of a generic {@link OidcRulePublisher}: the named claim must equal a value
 * exactly, or match a {@link GlobPattern}. Comparison is always case-sensitive, because a
 * generic issuer's claims carry no known case rules.
 */
public record ClaimRule(Type type, String value) {
    /** How {@link #value()} is compared with the claim. */
    public enum Type {
        /** The claim must equal the value character for character. */
        EXACT("exact"),
        /** The claim must match the value as a {@link GlobPattern}. */
        GLOB("glob");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /** The key used in JSON: {@code exact} or {@code glob}. */
        public String wireName() {
            return wireName;
        }
    }

    public ClaimRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a claim rule needs a value");
        }
    }

    public static ClaimRule exact(String value) {
        return new ClaimRule(Type.EXACT, value);
    }

    public static ClaimRule glob(String pattern) {
        return new ClaimRule(Type.GLOB, pattern);
    }

    public boolean matches(String claimValue) {
        return type == Type.EXACT ? value.equals(claimValue) : new GlobPattern(value).matches(claimValue);
    }

    /** For descriptions: {@code = value} or {@code matches pattern}. */
    String describe() {
        return type == Type.EXACT ? "= " + value : "matches " + value;
    }
}
