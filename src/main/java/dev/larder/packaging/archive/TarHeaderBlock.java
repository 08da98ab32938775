package dev.larder.packaging.archive;

/**
 * Whether a 512-byte block is a tar header that Python's {@code tarfile} would accept as the first
 * member: not all zeros, a checksum matching either the signed or the unsigned byte sum, and the
 * numeric fields readable the way {@code tarfile.nti} reads them (octal text, or GNU base-256).
 */
final class TarHeaderBlock {

    static final int SIZE = 512;
    private static final int CHECKSUM_OFFSET = 148;
    private static final int CHECKSUM_LENGTH = 8;
    private static final int[][] NUMERIC_FIELDS = {
        {100, 8}, {108, 8}, {116, 8}, {124, 12}, {136, 12}, {148, 8}, {329, 8}, {337, 8},
    };

    private TarHeaderBlock() {
    }

    static boolean isValid(byte[] block) {
        if (block.length != SIZE || isAllZero(block)) {
            return false;
        }
        for (int[] field : NUMERIC_FIELDS) {
            if (number(block, field[0], field[1]) == null) {
                return false;
            }
        }
        long stored = number(block, CHECKSUM_OFFSET, CHECKSUM_LENGTH);
        long unsigned = 8 * ' ';
        long signed = 8 * ' ';
        for (int i = 0; i < SIZE; i++) {
            if (i < CHECKSUM_OFFSET || i >= CHECKSUM_OFFSET + CHECKSUM_LENGTH) {
                unsigned += block[i] & 0xFF;
                signed += block[i];
            }
        }
        return stored == unsigned || stored == signed;
    }

    private static boolean isAllZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code tarfile.nti}: base-256 when the first byte is 0x80 or 0xFF, else octal text up to NUL. */
    private static Long number(byte[] block, int offset, int length) {
        int first = block[offset] & 0xFF;
        if (first == 0x80 || first == 0xFF) {
            long value = 0;
            for (int i = 1; i < length; i++) {
                value = value << 8 | (block[offset + i] & 0xFF);
            }
            return first == 0xFF ? value - (1L << (8 * (length - 1))) : value;
        }
        StringBuilder text = new StringBuilder();
        for (int i = offset; i < offset + length && block[i] != 0; i++) {
            if (block[i] < 0) {
                return null; // not ASCII
            }
            text.append((char) block[i]);
        }
        return octal(text.toString().strip());
    }

    /** Python's {@code int(text or "0", 8)}: optional sign, octal digits, single underscores between. */
    private static Long octal(String text) {
        if (text.isEmpty()) {
            return 0L;
        }
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long value = 0;
        boolean digitBefore = false;
        if (i >= text.length()) {
            return null;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && digitBefore && i + 1 < text.length() && text.charAt(i + 1) != '_') {
                digitBefore = false;
                continue;
            }
            if (c < '0' || c > '7' || value > (Long.MAX_VALUE >> 3)) {
                return null;
            }
            value = value * 8 + (c - '0');
            digitBefore = true;
        }
        return negative ? -value : value;
    }
}
