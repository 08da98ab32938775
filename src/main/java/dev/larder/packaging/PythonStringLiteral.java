package dev.larder.packaging;

import java.util.Locale;

/**
 * Decodes a quoted marker value the way packaging does: text without backslashes that is
 * all printable is taken literally, anything else goes through Python's
 * {@code ast.literal_eval}, so escapes such as {@code \n}, {@code \x41}, {@code \u00e9} or
 * {@code \N{EM DASH}} are interpreted and a raw line break or NUL makes the value invalid.
 *
 * <p>Python's deprecated "invalid escape" cases ({@code \d}, {@code \8}, octal above
 * {@code \377}) only warn in CPython, so they decode the lenient way here too. Names in
 * {@code \N{...}} are resolved with Java's Unicode name table, which lacks Python's name
 * aliases and the algorithmic CJK/Hangul names; such values are rejected.
 */
final class PythonStringLiteral {

    private PythonStringLiteral() {
    }

    /**
     * Decodes {@code literal}, which starts and ends with the same quote character and does
     * not contain it in between (the tokenizer guarantees that).
     *
     * @return the value, or null when Python would raise SyntaxError/ValueError
     */
    static String decode(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        if (body.indexOf('\\') < 0 && isPrintable(body)) {
            return body;
        }
        if (body.indexOf('\0') >= 0 || hasLoneSurrogate(body)) {
            return null; // compile() refuses NUL bytes and text that is not valid UTF-8
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                return null; // a line break ends a single-quoted string: unterminated literal
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= body.length()) {
                return null; // the backslash escapes the closing quote
            }
            i = appendEscape(body, i + 1, out);
            if (i < 0) {
                return null;
            }
        }
        return out.toString();
    }

    /** Decodes the escape whose letter is at {@code at}; returns the index after it, or -1. */
    private static int appendEscape(String body, int at, StringBuilder out) {
        char c = body.charAt(at);
        switch (c) {
            case '\n':
                return at + 1;
            case '\r':
                return at + 1 < body.length() && body.charAt(at + 1) == '\n' ? at + 2 : at + 1;
            case '\\':
            case '\'':
            case '"':
                out.append(c);
                return at + 1;
            case 'a':
                out.append('\u0007');
                return at + 1;
            case 'b':
                out.append('\b');
                return at + 1;
            case 'f':
                out.append('\f');
                return at + 1;
            case 'n':
                out.append('\n');
                return at + 1;
            case 'r':
                out.append('\r');
                return at + 1;
            case 't':
                out.append('\t');
                return at + 1;
            case 'v':
                out.append('\u000B');
                return at + 1;
            case 'x':
                return appendHexEscape(body, at + 1, 2, out);
            case 'u':
                return appendHexEscape(body, at + 1, 4, out);
            case 'U':
                return appendHexEscape(body, at + 1, 8, out);
            case 'N':
                return appendNamedEscape(body, at + 1, out);
            default:
                if (c >= '0' && c <= '7') {
                    int end = at;
                    int value = 0;
                    while (end < body.length() && end < at + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                        value = value * 8 + (body.charAt(end) - '0');
                        end++;
                    }
                    out.appendCodePoint(value);
                    return end;
                }
                out.append('\\'); // unknown escapes keep their backslash
                return at;
        }
    }

    private static int appendHexEscape(String body, int from, int digits, StringBuilder out) {
        if (from + digits > body.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            int digit = asciiHexDigit(body.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
            if (value > Character.MAX_CODE_POINT) {
                return -1;
            }
        }
        out.appendCodePoint(value);
        return from + digits;
    }

    private static int asciiHexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static int appendNamedEscape(String body, int from, StringBuilder out) {
        if (from >= body.length() || body.charAt(from) != '{') {
            return -1;
        }
        int close = body.indexOf('}', from);
        if (close < 0 || close == from + 1) {
            return -1;
        }
        String name = body.substring(from + 1, close);
        if (!name.equals(name.strip())) {
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // Java also resolves its made-up "<BLOCK> <HEX>" names of unnamed code points.
        if (name.toUpperCase(Locale.ROOT).endsWith(" " + Integer.toHexString(cp).toUpperCase(Locale.ROOT))) {
            return -1;
        }
        out.appendCodePoint(cp);
        return close + 1;
    }

    private static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!PythonCharacter.isPrintable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.SURROGATE) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
