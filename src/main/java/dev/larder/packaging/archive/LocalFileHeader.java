package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashSet;
import java.util.Set;

/**
 * A local file header, parsed and checked as PyPI's {@code _handle_local_file_header} does.
 *
 * <p>The sizes are the ones a streaming reader (one that never looks at the central directory)
 * would use: the 32-bit fields, replaced by the ZIP64 extra field where PyPI replaces them. Those
 * are what the walk compares with the central directory and uses to skip to the next record.
 *
 * @param rawName        the name bytes as stored
 * @param flags          general-purpose bit flags
 * @param compressedSize bytes of member data that follow the header (negative above 2^63)
 * @param fileSize       uncompressed size (negative above 2^63)
 * @param length         bytes of the header after its signature: 26 + name + extra
 */
record LocalFileHeader(byte[] rawName, int flags, long compressedSize, long fileSize, long length) {

    static final int FIXED_SIZE = 26;
    private static final int DATA_DESCRIPTOR_FLAG = 0x08;
    private static final long ZIP64_MARKER = 0xFFFF_FFFFL;

    boolean hasDataDescriptor() {
        return (flags & DATA_DESCRIPTOR_FLAG) != 0;
    }

    /** Parses the header whose signature ends at {@code position}. */
    static LocalFileHeader read(RandomAccessBytes file, long position)
            throws InvalidDistributionException, IOException {
        LittleEndianFields fixed = new LittleEndianFields(exactly(file, position, FIXED_SIZE));
        int flags = fixed.u16(2);
        int method = fixed.u16(4);
        long compressedSize = fixed.u32(14);
        long fileSize = fixed.u32(18);
        int nameLength = fixed.u16(22);
        int extraLength = fixed.u16(24);
        byte[] rawName = exactly(file, position + FIXED_SIZE, nameLength);
        byte[] extra = exactly(file, position + FIXED_SIZE + nameLength, extraLength);
        if (ZipNameDecoder.hasUnprintable(rawName)) {
            throw ZipProblem.INVALID_CHARACTER.rejection();
        }
        LittleEndianFields fields = new LittleEndianFields(extra);
        Set<Integer> seen = new HashSet<>();
        int at = 0;
        while (at < extra.length) {
            if (extra.length - at < 4) {
                throw ZipProblem.MALFORMED.rejection();
            }
            int id = fields.u16(at);
            int size = fields.u16(at + 2);
            int data = at + 4;
            if (data + size > extra.length) {
                throw ZipProblem.MALFORMED.rejection();
            }
            if (!seen.add(id) && (id == 0x0001 || id == 0x7075)) {
                throw ZipProblem.DUPLICATE_EXTRA.rejection();
            }
            if (id == 0x0001) {
                long[] sizes = zip64Sizes(fields, data, size, method, compressedSize, fileSize);
                compressedSize = sizes[0];
                fileSize = sizes[1];
            } else if (id == 0x7075) {
                checkUnicodePath(extra, data + 5, data + size);
            }
            at = data + size;
        }
        return new LocalFileHeader(rawName, flags, compressedSize, fileSize,
                (long) FIXED_SIZE + nameLength + extraLength);
    }

    /** Returns {compressedSize, fileSize} after applying a local ZIP64 extra field the way PyPI does. */
    private static long[] zip64Sizes(LittleEndianFields fields, int data, int size, int method,
            long compressedSize, long fileSize) throws InvalidDistributionException {
        switch (size) {
            case 0:
                if (compressedSize == ZIP64_MARKER || fileSize == ZIP64_MARKER) {
                    throw ZipProblem.MALFORMED.rejection();
                }
                return new long[] {compressedSize, fileSize};
            case 8:
                // Only one size is present, which is only coherent for stored data.
                if (method != CentralDirectoryEntry.STORED) {
                    throw ZipProblem.MALFORMED.rejection();
                }
                long uncompressed = fields.u64(data);
                return new long[] {uncompressed, fileSize == ZIP64_MARKER ? uncompressed : fileSize};
            case 16:
            case 24:
            case 28:
                long newFileSize = fileSize == ZIP64_MARKER ? fields.u64(data) : fileSize;
                return new long[] {fields.u64(data + 8), newFileSize};
            default:
                throw ZipProblem.MALFORMED.rejection();
        }
    }

    /** The Info-ZIP Unicode Path field's name must be printable UTF-8 (PyPI does not compare it). */
    private static void checkUnicodePath(byte[] extra, int from, int to) throws InvalidDistributionException {
        byte[] name = from < to ? java.util.Arrays.copyOfRange(extra, from, to) : new byte[0];
        if (ZipNameDecoder.hasUnprintable(name)) {
            throw ZipProblem.INVALID_CHARACTER.rejection();
        }
        try {
            ZipNameDecoder.strictUtf8(name);
        } catch (CharacterCodingException e) {
            throw ZipProblem.NOT_VALID_UTF8.rejection();
        }
    }

    /** Reads exactly {@code length} bytes, as PyPI's {@code _read_check}. */
    static byte[] exactly(RandomAccessBytes file, long position, int length)
            throws InvalidDistributionException, IOException {
        byte[] bytes = file.readAtMost(position, length);
        if (bytes.length != length) {
            throw ZipProblem.MALFORMED.rejection();
        }
        return bytes;
    }
}
