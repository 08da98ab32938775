package dev.larder.web.multipart;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a part's header block: Content-Disposition parameters (quoted, or RFC 5987 {@code filename*}) and Content-Type. */
final class PartHeaderParser {
    private PartHeaderParser() {}

    static PartHeaders parse(byte[] block) {
        String text = new String(block, StandardCharsets.UTF_8);
        String disposition = null;
        String contentType = null;
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                contentType = value;
            }
        }
        if (disposition == null) {
            throw new MalformedMultipartException("a part has no Content-Disposition header");
        }
        Map<String, String> params = parameters(disposition);
        String fieldName = params.get("name");
        if (fieldName == null) {
            throw new MalformedMultipartException("a part has no field name");
        }
        String filename = params.containsKey("filename*") ? extended(params.get("filename*")) : params.get("filename");
        return new PartHeaders(fieldName, Optional.ofNullable(filename), Optional.ofNullable(contentType).filter(s -> !s.isEmpty()));
    }

    private static Map<String, String> parameters(String value) {
        Map<String, String> out = new HashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            i++;
            while (i < value.length() && value.charAt(i) == ' ') {
                i++;
            }
            int eq = value.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = value.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            StringBuilder v = new StringBuilder();
            if (j < value.length() && value.charAt(j) == '"') {
                j++;
                while (j < value.length() && value.charAt(j) != '"') {
                    char c = value.charAt(j);
                    if (c == '\\' && j + 1 < value.length()) {
                        c = value.charAt(++j);
                    }
                    v.append(c);
                    j++;
                }
                j = value.indexOf(';', j);
            } else {
                int end = value.indexOf(';', j);
                v.append(value, j, end < 0 ? value.length() : end);
                j = end;
            }
            out.putIfAbsent(key, key.endsWith("*") ? v.toString().trim() : v.toString());
            i = j;
        }
        return out;
    }

    private static String extended(String v) {
        int quote = v.indexOf('\'');
        int second = quote < 0 ? -1 : v.indexOf('\'', quote + 1);
        if (second < 0) {
            return v;
        }
        try {
            return URLDecoder.decode(v.substring(second + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedMultipartException("a part's filename* parameter is not valid percent-encoding");
        }
    }
}
