package dev.larder.packaging.coremetadata;

/**
 * UTF-8 decoding with Python's {@code surrogateescape} error handler: each byte that is not part
 * of a valid UTF-8 sequence becomes the lone surrogate {@code U+DC80..U+DCFF} for that byte, so
 * nothing is lost and undecodable input stays recognisable.
 */
final class SurrogateEscape {

    private SurrogateEscape() {
    }

    static String decode(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int length = validSequenceLength(bytes, i, to);
            if (length == 0) {
                text.append((char) (0xDC00 | (bytes[i] & 0xFF)));
                i++;
            } else {
                int codePoint = decodeSequence(bytes, i, length);
                text.appendCodePoint(codePoint);
                i += length;
            }
        }
        return text.toString();
    }

    static boolean isEscaped(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** Length of the well-formed UTF-8 sequence at {@code i} (Unicode table 3-7), or 0. */
    private static int validSequenceLength(byte[] bytes, int i, int to) {
        int b0 = bytes[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            if (b0 == 0xE0) {
                low = 0xA0;
            } else if (b0 == 0xED) {
                high = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            if (b0 == 0xF0) {
                low = 0x90;
            } else if (b0 == 0xF4) {
                high = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + length > to) {
            return 0;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if (b1 < low || b1 > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int decodeSequence(byte[] bytes, int i, int length) {
        int b0 = bytes[i] & 0xFF;
        int codePoint = switch (length) {
            case 1 -> b0;
            case 2 -> b0 & 0x1F;
            case 3 -> b0 & 0x0F;
            default -> b0 & 0x07;
        };
        for (int k = 1; k < length; k++) {
            codePoint = codePoint << 6 | (bytes[i + k] & 0x3F);
        }
        return codePoint;
    }
}
