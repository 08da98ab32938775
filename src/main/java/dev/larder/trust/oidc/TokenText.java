package dev.larder.trust.oidc;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values taken from a token, written into a rejection message: quoted, control characters
 * escaped and long values cut, so an attacker's token cannot forge or flood the text.
 */
final class TokenText {
    private static final int MAX_CHARS = 80;

    private TokenText() {
    }

    static String quote(Object value) {
        if (value instanceof String s) {
            return "'" + escape(s) + "'";
        }
        if (value instanceof List<?> list) {
            return cut(list.stream().map(TokenText::quote).collect(Collectors.joining(", ", "[", "]")));
        }
        if (value instanceof Map<?, ?>) {
            return "a JSON object";
        }
        return String.valueOf(value);
    }

    /** The JSON type of a claim value, for "must be a string, not a number". */
    static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value instanceof List ? "a list" : "an object";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (out.length() >= MAX_CHARS) {
                return out + "...";
            }
            char c = s.charAt(i);
            boolean unsafe = c < 0x20 || c == 0x7f || c == '\'' || c == '\\' || Character.isSurrogate(c)
                    || c == 0x2028 || c == 0x2029;
            out.append(unsafe ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String cut(String s) {
        return s.length() <= 4 * MAX_CHARS ? s : s.substring(0, 4 * MAX_CHARS) + "...";
    }
}
