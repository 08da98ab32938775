package dev.larder.packaging.metadata;

import java.util.List;

/**
 * A cursor over a MIME header value with the lexical rules of Python's e-mail header parser:
 * RFC 2045 tokens (any character but spaces and {@code ()<>@,;:\"/[]?=}, so non-ASCII
 * counts), quoted strings with backslash escapes, and whitespace with nested, escapable
 * parenthesised comments in between.
 */
final class HeaderScanner {

    final String text;
    int pos;

    HeaderScanner(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char current() {
        return text.charAt(pos);
    }

    String rest() {
        return text.substring(Math.min(pos, text.length()));
    }

    /** Spaces, tabs and comments. */
    void skipCommentsAndWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '(') {
                int depth = 0;
                do {
                    char d = text.charAt(pos);
                    if (d == '\\') {
                        pos++;
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        depth--;
                    }
                    pos++;
                } while (depth > 0 && pos < text.length());
            } else {
                return;
            }
        }
    }

    String token() {
        int start = pos;
        while (pos < text.length() && isTokenCharacter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** A quoted string (escapes honoured; an unterminated one is reported) or a token. */
    String value(List<String> defects) {
        if (pos < text.length() && text.charAt(pos) == '"') {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length() && text.charAt(pos) != '"') {
                if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                    pos++;
                }
                out.append(text.charAt(pos++));
            }
            if (pos >= text.length()) {
                defects.add("end of header inside quoted string");
            } else {
                pos++;
            }
            return out.toString();
        }
        int start = pos;
        while (pos < text.length() && (isTokenCharacter(text.charAt(pos)) || text.charAt(pos) == '\'')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    static boolean isTokenCharacter(char c) {
        return c != ' ' && c != '\t' && "()<>@,;:\\\"/[]?=".indexOf(c) < 0;
    }
}
