package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonRepr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code ; name=value} parameters after a MIME type, read like Python's
 * {@code parse_mime_parameters}: names case-insensitive and first occurrence winning,
 * quoted values unescaped, RFC 2231 extended ({@code name*=charset'lang'%xx}) and continued
 * ({@code name*0=...; name*1=...}) values joined and decoded, and defects recorded in order.
 */
final class MimeParameters {

    final Map<String, String> values = new LinkedHashMap<>();
    final List<String> defects = new ArrayList<>();
    /** Python's parser raises (rather than records a defect) for a sectioned name with no value. */
    boolean unparsable;
    private final Map<String, StringBuilder> continued = new LinkedHashMap<>();

    static MimeParameters parse(String list) {
        MimeParameters parameters = new MimeParameters();
        List<String> entries = split(list);
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry.isBlank()) {
                if (i < entries.size() - 1) {
                    parameters.defects.add("parameter entry with no content");
                }
                continue;
            }
            parameters.parseEntry(entry);
        }
        parameters.continued.forEach((name, value) -> parameters.values.putIfAbsent(name, value.toString()));
        return parameters;
    }

    private void parseEntry(String entry) {
        HeaderScanner scanner = new HeaderScanner(entry);
        scanner.skipCommentsAndWhitespace();
        int nameStart = scanner.pos;
        while (!scanner.atEnd() && isAttributeCharacter(scanner.current())) {
            scanner.pos++;
        }
        String name = entry.substring(nameStart, scanner.pos).toLowerCase(Locale.ROOT);
        String nameAsWritten = entry.substring(0, scanner.pos);
        Integer section = null;
        boolean extended = false;
        if (!scanner.atEnd() && scanner.current() == '*') {
            scanner.pos++;
            int digits = scanner.pos;
            while (!scanner.atEnd() && scanner.current() >= '0' && scanner.current() <= '9') {
                scanner.pos++;
            }
            extended = scanner.pos == digits;
            if (!extended) {
                section = Integer.valueOf(entry.substring(digits, Math.min(scanner.pos, digits + 9)));
                if (!scanner.atEnd() && scanner.current() == '*') {
                    extended = true;
                    scanner.pos++;
                }
            }
        }
        scanner.skipCommentsAndWhitespace();
        if (name.isEmpty() || (!scanner.atEnd() && scanner.current() != '=')) {
            defects.add("invalid parameter " + PythonRepr.of(entry.strip()));
            return;
        }
        if (scanner.atEnd()) {
            if (extended || section != null) {
                unparsable = true;
            } else {
                defects.add("Parameter contains name (" + nameAsWritten + ") but no value");
                store(name, "");
            }
            return;
        }
        scanner.pos++;
        scanner.skipCommentsAndWhitespace();
        String value = scanner.value(defects);
        scanner.skipCommentsAndWhitespace();
        if (!scanner.atEnd()) {
            defects.add("parameter with invalid trailing text " + PythonRepr.of(scanner.rest()));
        }
        if (extended && (section == null || section == 0)) {
            value = decodeExtendedValue(value);
            if (value == null) {
                defects.add("invalid parameter " + PythonRepr.of(entry.strip()));
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
        if (values.containsKey(name)) {
            defects.add("duplicate parameter name; duplicate(s) ignored");
        } else {
            values.put(name, value);
        }
    }

    /** RFC 2231 {@code charset'language'percent-encoded}; null if malformed. */
    private static String decodeExtendedValue(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        String charsetName = value.substring(0, first).toLowerCase(Locale.ROOT);
        Charset charset = charsetName.equals("us-ascii") || charsetName.startsWith("iso-8859-1") || charsetName.equals("latin-1")
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        String encoded = value.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && isHex(encoded.charAt(i + 1)) && isHex(encoded.charAt(i + 2))) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return new String(bytes.toByteArray(), charset);
    }

    /** Splits at {@code ;} outside quoted strings and comments. */
    private static List<String> split(String list) {
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

    private static boolean isAttributeCharacter(char c) {
        return HeaderScanner.isTokenCharacter(c) && c != '*' && c != '\'' && c != '%';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
