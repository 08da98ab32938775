package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonRepr;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A MIME Content-Type header value ({@code text/markdown; charset=UTF-8; variant=GFM}) parsed
 * the way packaging has Python's {@code email} package parse {@code Description-Content-Type}.
 *
 * <p>It reports the same kinds of defects in the same order of priority: structural ones
 * (no type, no {@code /}, missing subtype, text other than parameters after the type), then
 * ASCII control characters, then parameter defects (empty entries, a name without a value,
 * unterminated quotes, malformed RFC 2231 values, trailing text, duplicates). Parameter
 * names are case-insensitive; quoted values and RFC 2231 extended and continued values
 * ({@code charset*=utf-8''UTF-8}, {@code x*0=a; x*1=b}) are decoded. The defect texts for
 * the common cases are Python's; for malformed parameters the detail is Larder's own
 * wording, because Python prints its internal parse tree there.
 */
final class ContentTypeHeader {

    /** The first defect found, or null. */
    final String defect;
    /** Set when Python's parser would raise instead of recording a defect ({@code x*} with no value). */
    final boolean unparsable;
    /** Parameters by lower-case name, first occurrence wins. */
    final Map<String, String> parameters;

    private ContentTypeHeader(String defect, boolean unparsable, Map<String, String> parameters) {
        this.defect = defect;
        this.unparsable = unparsable;
        this.parameters = parameters;
    }

    static ContentTypeHeader parse(String value) {
        return new Parser(value).parse();
    }

    private static final class Parser {
        private final String text;
        private int pos;
        private String structuralDefect;
        private final List<String> parameterDefects = new ArrayList<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, StringBuilder> continued = new LinkedHashMap<>();
        private boolean unparsable;

        Parser(String text) {
            this.text = text;
        }

        ContentTypeHeader parse() {
            skipCommentsAndWhitespace();
            if (pos == text.length()) {
                structuralDefect = "Missing content type specification";
            } else if (token().isEmpty()) {
                structuralDefect = "Expected content maintype but found " + PythonRepr.of(text.substring(pos));
            } else {
                skipCommentsAndWhitespace();
                if (pos == text.length() || text.charAt(pos) != '/') {
                    structuralDefect = "Invalid content type";
                } else {
                    pos++;
                    skipCommentsAndWhitespace();
                    if (token().isEmpty()) {
                        structuralDefect = "Expected content subtype but found " + PythonRepr.of(text.substring(pos));
                    } else {
                        skipCommentsAndWhitespace();
                        if (pos < text.length() && text.charAt(pos) != ';') {
                            structuralDefect = "Only parameters are valid after content type, but found "
                                    + PythonRepr.of(text.substring(pos));
                        } else if (pos < text.length()) {
                            parseParameters(text.substring(pos + 1));
                        }
                    }
                }
            }
            for (Map.Entry<String, StringBuilder> entry : continued.entrySet()) {
                parameters.putIfAbsent(entry.getKey(), entry.getValue().toString());
            }
            String defect = structuralDefect != null ? structuralDefect
                    : controlCharacterDefect() != null ? controlCharacterDefect()
                    : parameterDefects.isEmpty() ? null : parameterDefects.get(0);
            return new ContentTypeHeader(defect, unparsable, Map.copyOf(parameters));
        }

        /** Python lists the ASCII control characters of the header, other than tab. */
        private String controlCharacterDefect() {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7F) {
                    found.add(PythonRepr.of(String.valueOf(c)));
                }
            }
            return found.isEmpty() ? null : "the following ASCII non-printables found in header: [" + String.join(", ", found) + "]";
        }

        private void parseParameters(String list) {
            List<String> entries = splitParameters(list);
            for (int i = 0; i < entries.size(); i++) {
                String entry = entries.get(i);
                if (entry.isBlank()) {
                    if (i < entries.size() - 1) {
                        parameterDefects.add("parameter entry with no content");
                    }
                    continue;
                }
                parseParameter(entry);
            }
        }

        private void parseParameter(String entry) {
            Parser inner = new Parser(entry);
            inner.skipCommentsAndWhitespace();
            int nameStart = inner.pos;
            while (inner.pos < entry.length() && isAttributeCharacter(entry.charAt(inner.pos))) {
                inner.pos++;
            }
            String name = entry.substring(nameStart, inner.pos).toLowerCase(Locale.ROOT);
            String nameAsWritten = entry.substring(0, inner.pos);
            Integer section = null;
            boolean extended = false;
            if (inner.pos < entry.length() && entry.charAt(inner.pos) == '*') {
                inner.pos++;
                int digits = inner.pos;
                while (inner.pos < entry.length() && Character.isDigit(entry.charAt(inner.pos)) && entry.charAt(inner.pos) < 0x80) {
                    inner.pos++;
                }
                if (inner.pos > digits) {
                    section = Integer.valueOf(entry.substring(digits, Math.min(inner.pos, digits + 9)));
                    if (inner.pos < entry.length() && entry.charAt(inner.pos) == '*') {
                        extended = true;
                        inner.pos++;
                    }
                } else {
                    extended = true;
                }
            }
            inner.skipCommentsAndWhitespace();
            if (name.isEmpty()) {
                parameterDefects.add("invalid parameter " + PythonRepr.of(entry.strip()));
                return;
            }
            if (inner.pos == entry.length()) {
                if (extended || section != null) {
                    unparsable = true;
                } else {
                    parameterDefects.add("Parameter contains name (" + nameAsWritten + ") but no value");
                    store(name, "");
                }
                return;
            }
            if (entry.charAt(inner.pos) != '=') {
                parameterDefects.add("invalid parameter " + PythonRepr.of(entry.strip()));
                return;
            }
            inner.pos++;
            inner.skipCommentsAndWhitespace();
            String value = inner.value(parameterDefects);
            inner.skipCommentsAndWhitespace();
            if (inner.pos < entry.length()) {
                parameterDefects.add("parameter with invalid trailing text " + PythonRepr.of(entry.substring(inner.pos)));
            }
            if (extended && (section == null || section == 0)) {
                value = decodeExtendedValue(value);
                if (value == null) {
                    parameterDefects.add("invalid parameter " + PythonRepr.of(entry.strip()));
                    return;
                }
            }
            if (section == null) {
                store(name, value);
            } else {
                continued.computeIfAbsent(name, k -> new StringBuilder()).append(value);
            }
        }

        private void store(String name, String value) {
            if (parameters.containsKey(name)) {
                parameterDefects.add("duplicate parameter name; duplicate(s) ignored");
            } else {
                parameters.put(name, value);
            }
        }

        /** A quoted string (escapes honoured) or a token. */
        private String value(List<String> defects) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                StringBuilder out = new StringBuilder();
                pos++;
                while (pos < text.length() && text.charAt(pos) != '"') {
                    if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                        pos++;
                    }
                    out.append(text.charAt(pos++));
                }
                if (pos == text.length()) {
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

        /** RFC 2231 {@code charset'language'percent-encoded}; null if malformed. */
        private static String decodeExtendedValue(String value) {
            int first = value.indexOf('\'');
            int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
            if (second < 0) {
                return null;
            }
            Charset charset = StandardCharsets.UTF_8;
            String name = value.substring(0, first).toLowerCase(Locale.ROOT);
            if (name.equals("us-ascii") || name.startsWith("iso-8859-1") || name.equals("latin-1")) {
                charset = StandardCharsets.ISO_8859_1;
            }
            String encoded = value.substring(second + 1);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '%' && i + 2 < encoded.length() && Character.digit(encoded.charAt(i + 1), 16) >= 0
                        && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
                    bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    bytes.write(raw, 0, raw.length);
                }
            }
            return new String(bytes.toByteArray(), charset);
        }

        private String token() {
            int start = pos;
            while (pos < text.length() && isTokenCharacter(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        /** Spaces, tabs and (nested, escapable) parenthesised comments. */
        private void skipCommentsAndWhitespace() {
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

        /** Splits at {@code ;} outside quoted strings and comments. */
        private static List<String> splitParameters(String list) {
            List<String> entries = new ArrayList<>();
            int start = 0;
            boolean quoted = false;
            int depth = 0;
            for (int i = 0; i < list.length(); i++) {
                char c = list.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"' && depth == 0) {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')' && depth > 0) {
                    depth--;
                } else if (!quoted && depth == 0 && c == ';') {
                    entries.add(list.substring(start, i));
                    start = i + 1;
                }
            }
            entries.add(list.substring(Math.min(start, list.length())));
            return entries;
        }

        /** RFC 2045 token characters, as Python's parser counts them (non-ASCII included). */
        private static boolean isTokenCharacter(char c) {
            return c != ' ' && c != '\t' && "()<>@,;:\\\"/[]?=".indexOf(c) < 0;
        }

        private static boolean isAttributeCharacter(char c) {
            return isTokenCharacter(c) && c != '*' && c != '\'' && c != '%';
        }
    }
}
