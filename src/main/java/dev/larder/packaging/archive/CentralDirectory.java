package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The entries of a ZIP file as Python's {@code zipfile.ZipFile} reads them from the central
 * directory: the view pip installs from and PyPI checks names and sizes against.
 *
 * <p>Reading is bounded by {@link ArchiveLimits#maxEntries()} and
 * {@link ArchiveLimits#maxCentralDirectoryBytes()}, so a forged end record cannot make it loop or
 * allocate beyond those. Where Python raises {@code BadZipFile} (PyPI then reports the literal
 * detail {@code None}), Larder reports the table reason "Malformed zip file" instead, which says
 * more and is still one of PyPI's own reasons.
 */
final class CentralDirectory {

    private static final int FIXED_SIZE = 46;
    private static final long ZIP64_MARKER = 0xFFFF_FFFFL;
    private static final int MAX_EXTRACT_VERSION = 63;

    private final List<CentralDirectoryEntry> entries;
    private final Map<String, CentralDirectoryEntry> byName;
    private final Map<String, CentralDirectoryEntry> byHeaderName;

    private CentralDirectory(List<CentralDirectoryEntry> entries) {
        this.entries = Collections.unmodifiableList(entries);
        Map<String, CentralDirectoryEntry> names = new HashMap<>();
        Map<String, CentralDirectoryEntry> headerNames = new HashMap<>();
        for (CentralDirectoryEntry entry : entries) {
            names.put(entry.name(), entry); // later duplicates win, as in Python's NameToInfo
            headerNames.put(entry.headerName(), entry);
        }
        this.byName = names;
        this.byHeaderName = headerNames;
    }

    List<CentralDirectoryEntry> entries() {
        return entries;
    }

    /** The entry Python's {@code ZipFile.getinfo(name)} would return, or {@code null}. */
    CentralDirectoryEntry entry(String name) {
        return byName.get(name);
    }

    /** The entry whose decoded stored name is {@code headerName}, or {@code null}. */
    CentralDirectoryEntry entryByHeaderName(String headerName) {
        return byHeaderName.get(headerName);
    }

    static CentralDirectory read(RandomAccessBytes file, EndOfCentralDirectory end, ArchiveLimits limits)
            throws InvalidDistributionException, IOException {
        if (end.spansDisks() || end.diskNumber() != end.centralDirectoryDisk()) {
            throw ZipProblem.MALFORMED.rejection();
        }
        long size = end.centralDirectorySize();
        if (size < 0 || size > file.size()) {
            throw ZipProblem.MALFORMED.rejection();
        }
        if (size > limits.maxCentralDirectoryBytes()) {
            throw new InvalidDistributionException(
                    "ZIP central directory is larger than " + limits.maxCentralDirectoryBytes() + " bytes");
        }
        long start = end.centralDirectoryStart();
        if (start < 0) {
            throw ZipProblem.MALFORMED.rejection();
        }
        // Python shifts every local header offset by however much data was prepended.
        long prepended = start - end.centralDirectoryOffset();
        List<CentralDirectoryEntry> entries = new ArrayList<>();
        long consumed = 0;
        while (consumed < size) {
            if (entries.size() >= limits.maxEntries()) {
                throw new InvalidDistributionException(
                        "Archive contains more than " + limits.maxEntries() + " entries");
            }
            long position = start + consumed;
            LittleEndianFields fixed = new LittleEndianFields(file.readAtMost(position, FIXED_SIZE));
            if (fixed.length() != FIXED_SIZE || !fixed.hasSignature(0, ZipRecordType.CENTRAL_DIRECTORY.signature())) {
                throw ZipProblem.MALFORMED.rejection();
            }
            int nameLength = fixed.u16(28);
            int extraLength = fixed.u16(30);
            int commentLength = fixed.u16(32);
            long recordLength = (long) FIXED_SIZE + nameLength + extraLength + commentLength;
            if (consumed + recordLength > size || fixed.u8(6) > MAX_EXTRACT_VERSION) {
                throw ZipProblem.MALFORMED.rejection();
            }
            byte[] rawName = file.readAtMost(position + FIXED_SIZE, nameLength);
            byte[] extra = file.readAtMost(position + FIXED_SIZE + nameLength, extraLength);
            entries.add(entry(fixed, rawName, extra, prepended));
            consumed += recordLength;
        }
        return new CentralDirectory(entries);
    }

    private static CentralDirectoryEntry entry(LittleEndianFields fixed, byte[] rawName, byte[] extra, long prepended)
            throws InvalidDistributionException {
        int flags = fixed.u16(8);
        String headerName;
        try {
            headerName = ZipNameDecoder.decode(rawName, flags);
        } catch (CharacterCodingException e) {
            throw ZipProblem.NOT_VALID_UTF8.rejection();
        }
        long compressedSize = fixed.u32(20);
        long uncompressedSize = fixed.u32(24);
        long offset = fixed.u32(42);
        String unicodePath = null;
        LittleEndianFields fields = new LittleEndianFields(extra);
        int at = 0;
        while (extra.length - at >= 4) {
            int id = fields.u16(at);
            int length = fields.u16(at + 2);
            int data = at + 4;
            if (data + length > extra.length) {
                throw ZipProblem.MALFORMED.rejection();
            }
            if (id == 0x0001) {
                // Only the fields whose 32-bit value is the 0xFFFFFFFF marker are present, in this order.
                int cursor = data;
                int dataEnd = data + length;
                if (uncompressedSize == ZIP64_MARKER) {
                    uncompressedSize = zip64Field(fields, cursor, dataEnd);
                    cursor += 8;
                }
                if (compressedSize == ZIP64_MARKER) {
                    compressedSize = zip64Field(fields, cursor, dataEnd);
                    cursor += 8;
                }
                if (offset == ZIP64_MARKER) {
                    offset = zip64Field(fields, cursor, dataEnd);
                }
            } else if (id == 0x7075) {
                unicodePath = unicodePath(extra, fields, data, length, rawName, unicodePath);
            }
            at = data + length;
        }
        String name = ZipNameDecoder.truncateAtNul(unicodePath != null ? unicodePath : headerName);
        return new CentralDirectoryEntry(rawName, headerName, name, flags, fixed.u16(10), fixed.u32(16),
                compressedSize, uncompressedSize, offset < 0 ? offset : offset + prepended, fixed.u32(38));
    }

    private static long zip64Field(LittleEndianFields fields, int cursor, int dataEnd)
            throws InvalidDistributionException {
        if (cursor + 8 > dataEnd) {
            throw ZipProblem.MALFORMED.rejection();
        }
        return fields.u64(cursor);
    }

    /**
     * Python (3.12+) lists an entry under its Info-ZIP Unicode Path extra field when the field's
     * version is 1 and its CRC matches the stored name; otherwise the field is ignored.
     */
    private static String unicodePath(byte[] extra, LittleEndianFields fields, int data, int length,
            byte[] rawName, String previous) throws InvalidDistributionException {
        if (length < 5) {
            throw ZipProblem.MALFORMED.rejection();
        }
        CRC32 crc = new CRC32();
        crc.update(rawName);
        if (fields.u8(data) != 1 || fields.u32(data + 1) != crc.getValue()) {
            return previous;
        }
        byte[] utf8 = new byte[length - 5];
        System.arraycopy(extra, data + 5, utf8, 0, utf8.length);
        try {
            String decoded = ZipNameDecoder.strictUtf8(utf8);
            return decoded.isEmpty() ? previous : decoded;
        } catch (CharacterCodingException e) {
            throw ZipProblem.NOT_VALID_UTF8.rejection();
        }
    }
}
