package dev.larder.packaging.archive;

/**
 * Unsigned little-endian fields of a ZIP record held in a byte array.
 *
 * <p>Every accessor returns a non-negative {@code long} except {@link #u64}, whose values above
 * 2^63 come out negative; callers treat those as the "Negative offset" PyPI reports, since Python
 * would have seeked backwards or failed on them.
 */
final class LittleEndianFields {

    private final byte[] bytes;

    LittleEndianFields(byte[] bytes) {
        this.bytes = bytes;
    }

    int length() {
        return bytes.length;
    }

    int u8(int offset) {
        return bytes[offset] & 0xFF;
    }

    int u16(int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    long u32(int offset) {
        return (u16(offset) | (long) u16(offset + 2) << 16) & 0xFFFF_FFFFL;
    }

    long u64(int offset) {
        return u32(offset) | u32(offset + 4) << 32;
    }

    boolean hasSignature(int offset, int signature) {
        return offset + 4 <= bytes.length && u32(offset) == (signature & 0xFFFF_FFFFL);
    }
}
