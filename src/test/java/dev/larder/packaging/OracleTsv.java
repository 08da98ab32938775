package dev.larder.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the golden files that src/test/python/generate_packaging_oracle.py writes from
 * Python's packaging library: tab-separated rows whose fields escape backslash as
 * a doubled backslash and every non-printable-ASCII character as backslash, 'u', then the
 * code point in hex between braces.
 */
public final class OracleTsv {

    private OracleTsv() {
    }

    public static List<List<String>> rows(String resourceName) {
        String path = "/packaging-oracle/" + resourceName;
        try (InputStream in = OracleTsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (String raw : line.split("\t", -1)) {
                    fields.add(unescape(raw));
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (raw.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                int close = raw.indexOf('}', i);
                out.appendCodePoint(Integer.parseInt(raw.substring(i + 3, close), 16));
                i = close;
            }
        }
        return out.toString();
    }

    /** Shows invisible characters in assertion messages. */
    public static String visible(String text) {
        return PythonRepr.of(text);
    }
}
