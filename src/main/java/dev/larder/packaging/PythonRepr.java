package dev.larder.packaging;

/**
 * Python's {@code repr()} of a {@code str}.
 *
 * <p>packaging quotes user input with {@code {value!r}} in its error messages (for example
 * {@code Invalid wheel filename (wrong number of parts): 'foo-1.0'}), and PyPI passes those
 * messages on to clients verbatim. Reproducing repr keeps our messages byte-identical,
 * including the choice of quote character and the escaping of control characters.
 */
public final class PythonRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonRepr() {
    }

    /** {@code repr(text)}: quoted, with the escapes Python uses for this string. */
    public static String of(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append(quote);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(out, cp, quote);
        }
        return out.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < ' ' || cp == 0x7F) {
            appendHex(out, "\\x", cp, 2);
        } else if (cp < 0x7F || PythonCharacter.isPrintable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xFF) {
            appendHex(out, "\\x", cp, 2);
        } else if (cp <= 0xFFFF) {
            appendHex(out, "\\u", cp, 4);
        } else {
            appendHex(out, "\\U", cp, 8);
        }
    }

    private static void appendHex(StringBuilder out, String prefix, int value, int digits) {
        out.append(prefix);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xF]);
        }
    }
}
