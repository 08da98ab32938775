package dev.larder.packaging;

import java.util.Comparator;

/**
 * Python's ordering of {@code str}: by code point. {@link String#compareTo(String)} orders
 * UTF-16 units instead, which disagrees once characters outside the Basic Multilingual
 * Plane are compared with characters above U+D7FF. packaging sorts specifiers and
 * warehouse sorts classifiers and error fields this way, and the first item after sorting
 * decides which message a client sees.
 */
public final class PythonStringOrder implements Comparator<String> {

    public static final PythonStringOrder INSTANCE = new PythonStringOrder();

    private PythonStringOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
