package dev.larder.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses sizes such as {@code 100MiB}, {@code 10 GB} or {@code 1048576}; binary and decimal units both mean what they say. */
public final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+)\\s*([kmgt]i?b?|b)?\\s*", Pattern.CASE_INSENSITIVE);

    private ByteSize() {}

    public static long parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new ConfigException("'" + text + "' is not a size: use a number of bytes or a unit such as 100MiB or 10GiB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        boolean binary = unit.contains("i") || unit.length() == 1 && !unit.equals("b");
        long base = binary ? 1024 : 1000;
        int power = switch (unit.charAt(0)) {
            case 'k' -> 1;
            case 'm' -> 2;
            case 'g' -> 3;
            case 't' -> 4;
            default -> 0;
        };
        long factor = 1;
        for (int i = 0; i < power; i++) {
            factor = Math.multiplyExact(factor, base);
        }
        return Math.multiplyExact(n, factor);
    }

    /** PyPI's own wording for limits: whole MB/GB in decimal-looking units (100 MiB is "100 MB"). */
    public static String describe(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        return bytes + " bytes";
    }
}
