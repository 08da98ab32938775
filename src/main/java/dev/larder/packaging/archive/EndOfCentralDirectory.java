package dev.larder.packaging.archive;

import java.io.IOException;
import java.util.Optional;

/**
 * The end-of-central-directory record, located the way Python's {@code zipfile} does it, merged
 * with the ZIP64 record when a ZIP64 locator sits right before it.
 *
 * <p>Locating it the same way as Python matters: PyPI decides "is this a zip" and reads the
 * central directory through {@code zipfile}, and its strict walk only then compares what it finds
 * from the start of the file with that view.
 *
 * @param position      file offset of the (non-ZIP64) end record
 * @param zip64         whether the values came from a ZIP64 end record
 * @param spansDisks    the ZIP64 locator names another disk, which Python refuses
 * @param diskNumber    number of this disk
 * @param centralDirectoryDisk disk where the central directory starts
 * @param entries       total number of central directory records
 * @param centralDirectorySize   size in bytes of the central directory (negative above 2^63)
 * @param centralDirectoryOffset offset of the central directory as recorded (negative above 2^63)
 */
record EndOfCentralDirectory(
        long position,
        boolean zip64,
        boolean spansDisks,
        long diskNumber,
        long centralDirectoryDisk,
        long entries,
        long centralDirectorySize,
        long centralDirectoryOffset) {

    static final int SIZE = 22;
    static final int ZIP64_LOCATOR_SIZE = 20;
    static final int ZIP64_RECORD_SIZE = 56;
    private static final int MAX_COMMENT = 0xFFFF;

    /** Where the central directory really starts: Python reads it right before the end records. */
    long centralDirectoryStart() {
        return position - centralDirectorySize - (zip64 ? ZIP64_LOCATOR_SIZE + ZIP64_RECORD_SIZE : 0);
    }

    static Optional<EndOfCentralDirectory> locate(RandomAccessBytes file) throws IOException {
        long size = file.size();
        if (size < SIZE) {
            return Optional.empty();
        }
        long fastGuess = size - SIZE;
        LittleEndianFields last = new LittleEndianFields(file.readAtMost(fastGuess, SIZE));
        if (last.hasSignature(0, ZipRecordType.END_OF_CENTRAL_DIRECTORY.signature()) && last.u16(20) == 0) {
            return Optional.of(withZip64(file, fastGuess, last));
        }
        // An archive comment follows the record: search backwards through the last 64 KiB + 22.
        long searchStart = Math.max(size - MAX_COMMENT - 1 - SIZE, 0);
        byte[] tail = file.readAtMost(searchStart, (int) (size - searchStart));
        LittleEndianFields tailFields = new LittleEndianFields(tail);
        for (int i = tail.length - 4; i >= 0; i--) {
            if (tailFields.hasSignature(i, ZipRecordType.END_OF_CENTRAL_DIRECTORY.signature())) {
                if (i + SIZE > tail.length) {
                    return Optional.empty();
                }
                byte[] record = new byte[SIZE];
                System.arraycopy(tail, i, record, 0, SIZE);
                return Optional.of(withZip64(file, searchStart + i, new LittleEndianFields(record)));
            }
        }
        return Optional.empty();
    }

    private static EndOfCentralDirectory withZip64(RandomAccessBytes file, long position, LittleEndianFields eocd)
            throws IOException {
        EndOfCentralDirectory plain = new EndOfCentralDirectory(position, false, false,
                eocd.u16(4), eocd.u16(6), eocd.u16(10), eocd.u32(12), eocd.u32(16));
        long locatorPosition = position - ZIP64_LOCATOR_SIZE;
        LittleEndianFields locator = new LittleEndianFields(file.readAtMost(locatorPosition, ZIP64_LOCATOR_SIZE));
        if (locatorPosition < 0 || locator.length() != ZIP64_LOCATOR_SIZE
                || !locator.hasSignature(0, ZipRecordType.ZIP64_END_LOCATOR.signature())) {
            return plain;
        }
        if (locator.u32(4) != 0 || locator.u32(16) > 1) {
            return new EndOfCentralDirectory(position, false, true, plain.diskNumber, plain.centralDirectoryDisk,
                    plain.entries, plain.centralDirectorySize, plain.centralDirectoryOffset);
        }
        // Like Python, assume no ZIP64 extensible data: the ZIP64 record ends where the locator begins.
        long recordPosition = locatorPosition - ZIP64_RECORD_SIZE;
        LittleEndianFields record = new LittleEndianFields(file.readAtMost(recordPosition, ZIP64_RECORD_SIZE));
        if (recordPosition < 0 || record.length() != ZIP64_RECORD_SIZE
                || !record.hasSignature(0, ZipRecordType.ZIP64_END_OF_CENTRAL_DIRECTORY.signature())) {
            return plain;
        }
        return new EndOfCentralDirectory(position, true, false,
                record.u32(16), record.u32(20), record.u64(32), record.u64(40), record.u64(48));
    }
}
