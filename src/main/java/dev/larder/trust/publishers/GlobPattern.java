package dev.larder.trust.publishers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A glob for ref patterns and generic claim rules, with the semantics of GitHub Actions'
 * branch and tag filters because that is what people who write {@code refs/tags/v*} know:
 * <ul>
 *   <li>{@code *} matches any run of characters except {@code /};</li>
 *   <li>{@code **} (two or more stars) matches any run of characters, {@code /} included;</li>
 *   <li>{@code ?} matches exactly one character other than {@code /};</li>
 *   <li>every other character matches itself. There are no character classes and no escapes,
 *       so a glob cannot require a literal {@code *} or {@code ?}: use an exact rule for that.</li>
 * </ul>
 * Keeping {@code *} inside one path segment is the safer reading: {@code mygroup/*} then
 * does not also accept a project in a subgroup {@code mygroup/other/evil}.
 *
 * <p>Matching is a dynamic programme over pattern and value, so it takes time proportional
 * to their product whatever the pattern, unlike a backtracking regular expression.
 */
public record GlobPattern(String pattern) {
    private enum Kind { LITERAL, ONE_CHAR, SEGMENT_RUN, ANY_RUN }

    private record Token(Kind kind, char literal) {}

    public GlobPattern {
        Objects.requireNonNull(pattern, "pattern");
    }

    /** True if the whole of {@code value} matches the whole pattern. */
    public boolean matches(String value) {
        List<Token> tokens = tokens();
        int n = value.length();
        // next[j]: do tokens[i+1..] match value[j..]?  Computed from the last token backwards.
        boolean[] next = new boolean[n + 1];
        next[n] = true;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            boolean[] here = new boolean[n + 1];
            for (int j = n; j >= 0; j--) {
                here[j] = switch (t.kind()) {
                    case LITERAL -> j < n && value.charAt(j) == t.literal() && next[j + 1];
                    case ONE_CHAR -> j < n && value.charAt(j) != '/' && next[j + 1];
                    case SEGMENT_RUN -> next[j] || (j < n && value.charAt(j) != '/' && here[j + 1]);
                    case ANY_RUN -> next[j] || (j < n && here[j + 1]);
                };
            }
            next = here;
        }
        return next[0];
    }

    /** True if the pattern has at least one wildcard; a pattern without any is an exact value. */
    public boolean hasWildcard() {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    /** True if the pattern has at least one character that must appear literally. */
    public boolean hasLiteral() {
        return tokens().stream().anyMatch(t -> t.kind() == Kind.LITERAL);
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                int stars = 1;
                while (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    i++;
                    stars++;
                }
                tokens.add(new Token(stars == 1 ? Kind.SEGMENT_RUN : Kind.ANY_RUN, c));
            } else if (c == '?') {
                tokens.add(new Token(Kind.ONE_CHAR, c));
            } else {
                tokens.add(new Token(Kind.LITERAL, c));
            }
        }
        return tokens;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
