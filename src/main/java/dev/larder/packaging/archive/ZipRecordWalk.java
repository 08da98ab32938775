package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * PyPI's strict framing check ({@code warehouse/utils/zipfiles.py}): read the file record by
 * record from offset 0, as a streaming unzipper would, and require that this view agrees with the
 * central directory view in every respect an unzipper might act on.
 *
 * <p>The walk never allocates more than one header at a time plus two name sets, each bounded by
 * the (already bounded) central directory, and every step moves forward, so it ends after at most
 * file-size / 4 steps.
 */
final class ZipRecordWalk {

    private static final int CENTRAL_FIXED_SIZE = 42;
    private static final int END_FIXED_SIZE = 18;
    private static final int ZIP64_END_FIXED_SIZE = 52;
    private static final int ZIP64_END_BODY = 44;
    private static final int LOCATOR_FIXED_SIZE = 16;

    private final RandomAccessBytes file;
    private final CentralDirectory directory;
    private final Set<String> localNames = new HashSet<>();
    private final Set<String> centralNames = new HashSet<>();
    private long position;

    private Long expectedZip64EndOffset;
    private Long locatorZip64EndOffset;
    private long centralRecords;
    private Long centralOffset;
    private long centralSize;
    private Long endRecords;
    private Long endSize;
    private Long endOffset;

    private ZipRecordWalk(RandomAccessBytes file, CentralDirectory directory) {
        this.file = file;
        this.directory = directory;
    }

    static void check(RandomAccessBytes file, CentralDirectory directory)
            throws InvalidDistributionException, IOException {
        new ZipRecordWalk(file, directory).walk();
    }

    private void walk() throws InvalidDistributionException, IOException {
        boolean ended = false;
        while (!ended) {
            long signature = new LittleEndianFields(LocalFileHeader.exactly(file, position, 4)).u32(0);
            position += 4;
            ZipRecordType type = ZipRecordType.of(signature);
            if (type == ZipRecordType.END_OF_CENTRAL_DIRECTORY
                    && expectedZip64EndOffset != null && locatorZip64EndOffset == null) {
                throw ZipProblem.MALFORMED.rejection();
            }
            if (type == null) {
                throw ZipProblem.UNKNOWN_SIGNATURE.rejection();
            }
            switch (type) {
                case CENTRAL_DIRECTORY -> centralDirectoryRecord();
                case LOCAL_FILE -> localFileRecord();
                case END_OF_CENTRAL_DIRECTORY -> {
                    endRecord();
                    ended = true;
                }
                case ZIP64_END_OF_CENTRAL_DIRECTORY -> zip64EndRecord();
                case ZIP64_END_LOCATOR -> zip64Locator();
                default -> throw ZipProblem.UNKNOWN_SIGNATURE.rejection();
            }
        }
        if (!centralNames.equals(localNames)) {
            throw ZipProblem.MISMATCHED_LOCAL_AND_CENTRAL.rejection();
        }
        if (position != file.size()) {
            throw ZipProblem.TRAILING_DATA.rejection();
        }
    }

    private void centralDirectoryRecord() throws InvalidDistributionException, IOException {
        if (centralOffset == null) {
            centralOffset = position - 4;
        }
        centralRecords++;
        LittleEndianFields fixed = new LittleEndianFields(LocalFileHeader.exactly(file, position, CENTRAL_FIXED_SIZE));
        int nameLength = fixed.u16(24);
        int extraLength = fixed.u16(26);
        if (fixed.u16(28) != 0) {
            throw ZipProblem.COMMENT_IN_CENTRAL_DIRECTORY.rejection();
        }
        byte[] rawName = LocalFileHeader.exactly(file, position + CENTRAL_FIXED_SIZE, nameLength);
        LocalFileHeader.exactly(file, position + CENTRAL_FIXED_SIZE + nameLength, extraLength);
        position += CENTRAL_FIXED_SIZE + nameLength + extraLength;
        if (ZipNameDecoder.hasUnprintable(rawName)) {
            throw ZipProblem.INVALID_CHARACTER.rejection();
        }
        centralSize += 46L + nameLength + extraLength;
        String key = key(rawName);
        if (centralNames.contains(key)) {
            throw ZipProblem.DUPLICATE_IN_CENTRAL_DIRECTORY.rejection();
        }
        if (!localNames.contains(key)) {
            throw ZipProblem.MISSING_IN_LOCAL_HEADERS.rejection();
        }
        centralNames.add(key);
    }

    private void localFileRecord() throws InvalidDistributionException, IOException {
        LocalFileHeader header = LocalFileHeader.read(file, position);
        position += header.length();
        if (header.hasDataDescriptor()) {
            throw ZipProblem.DATA_DESCRIPTOR.rejection();
        }
        String decoded;
        try {
            decoded = ZipNameDecoder.strictUtf8(header.rawName());
        } catch (CharacterCodingException e) {
            throw ZipProblem.NOT_UNICODE.rejection();
        }
        CentralDirectoryEntry entry = directory.entryByHeaderName(decoded);
        if (entry == null) {
            throw ZipProblem.NOT_IN_CENTRAL_DIRECTORY.rejection();
        }
        if (entry.compressedSize() != header.compressedSize()) {
            throw ZipProblem.MISMATCHED_DATA_SIZE.rejection();
        }
        if (entry.uncompressedSize() != header.fileSize()) {
            throw ZipProblem.MISMATCHED_FILE_SIZE.rejection();
        }
        skip(header.compressedSize());
        String key = key(header.rawName());
        if (!localNames.add(key)) {
            throw ZipProblem.DUPLICATE_IN_LOCAL_HEADERS.rejection();
        }
    }

    private void endRecord() throws InvalidDistributionException, IOException {
        if (centralOffset == null) {
            centralOffset = position - 4; // an empty archive: the directory is empty and starts here
        }
        LittleEndianFields fixed = new LittleEndianFields(LocalFileHeader.exactly(file, position, END_FIXED_SIZE));
        position += END_FIXED_SIZE;
        if (fixed.u16(4) != fixed.u16(6)) {
            throw ZipProblem.MALFORMED.rejection();
        }
        skip(fixed.u16(16)); // the archive comment, which PyPI allows
        if (locatorZip64EndOffset == null || endOffset == null) {
            endRecords = (long) fixed.u16(6);
            endSize = fixed.u32(8);
            endOffset = fixed.u32(12);
        }
        if (endRecords != centralRecords) {
            throw ZipProblem.MISMATCHED_RECORDS.rejection();
        }
        if (!endOffset.equals(centralOffset)) {
            throw ZipProblem.MISMATCHED_OFFSET.rejection();
        }
        if (endSize != centralSize) {
            throw ZipProblem.MISMATCHED_SIZE.rejection();
        }
    }

    private void zip64EndRecord() throws InvalidDistributionException, IOException {
        expectedZip64EndOffset = position - 4;
        LittleEndianFields fixed = new LittleEndianFields(
                LocalFileHeader.exactly(file, position, ZIP64_END_FIXED_SIZE));
        position += ZIP64_END_FIXED_SIZE;
        if (fixed.u64(20) != fixed.u64(28)) {
            throw ZipProblem.MALFORMED.rejection();
        }
        if (fixed.u64(0) != ZIP64_END_BODY) {
            throw ZipProblem.ZIP64_EXTENSIBLE_DATA.rejection();
        }
        endRecords = fixed.u64(28);
        endSize = fixed.u64(36);
        endOffset = fixed.u64(44);
    }

    private void zip64Locator() throws InvalidDistributionException, IOException {
        LittleEndianFields fixed = new LittleEndianFields(LocalFileHeader.exactly(file, position, LOCATOR_FIXED_SIZE));
        position += LOCATOR_FIXED_SIZE;
        locatorZip64EndOffset = fixed.u64(4);
        // Stricter than PyPI, which only notes that a locator was seen: it must point at the record.
        if (!locatorZip64EndOffset.equals(expectedZip64EndOffset)) {
            throw ZipProblem.MALFORMED.rejection();
        }
    }

    private void skip(long count) throws InvalidDistributionException {
        if (count < 0) {
            throw ZipProblem.NEGATIVE_OFFSET.rejection();
        }
        // Seeking past the end is allowed; the next read then fails as "Malformed zip file".
        position = count > Long.MAX_VALUE - position ? Long.MAX_VALUE : position + count;
    }

    /** Raw name bytes as a compact, byte-faithful set key. */
    private static String key(byte[] rawName) {
        return new String(rawName, StandardCharsets.ISO_8859_1);
    }
}
