package dev.larder.web.http;

import java.util.Locale;

/** Reads {@code Accept-Encoding} (RFC 9110): is a coding acceptable, explicitly or through {@code *}? */
public final class AcceptEncoding {
    private AcceptEncoding() {}

    public static boolean allows(String header, String coding) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Double named = null;
        Double any = null;
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (name.equals(coding)) {
                named = q;
            } else if (name.equals("*")) {
                any = q;
            }
        }
        return named != null ? named > 0 : any != null && any > 0;
    }
}
