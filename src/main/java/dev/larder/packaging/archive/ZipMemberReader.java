package dev.larder.packaging.archive;

import java.io.IOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads one member's bytes into memory, trusting nothing the archive declares.
 *
 * <p>A member larger than the caller's limit is refused before any inflating. While inflating,
 * input never goes past the member's compressed size and output stops as soon as it would exceed
 * the declared size, so a forged size or a deflate bomb costs at most the limit. The result must
 * then match the declared size and CRC-32 exactly; any disagreement is a malformed zip.
 */
final class ZipMemberReader {

    private static final int CHUNK = 64 * 1024;
    private static final int LOCAL_FIXED_SIZE = 30;

    private ZipMemberReader() {
    }

    static byte[] read(RandomAccessBytes file, CentralDirectoryEntry entry, int limit)
            throws InvalidDistributionException, IOException {
        long declared = entry.uncompressedSize();
        if (declared < 0 || declared > limit) {
            throw new InvalidDistributionException(
                    "File " + entry.name() + " in the archive is larger than the limit of " + limit + " bytes");
        }
        if (entry.isEncrypted() || entry.compressedSize() < 0) {
            throw ZipProblem.MALFORMED.rejection();
        }
        byte[] data = switch (entry.method()) {
            case CentralDirectoryEntry.STORED -> stored(file, entry, dataStart(file, entry));
            case CentralDirectoryEntry.DEFLATED -> inflated(file, entry, dataStart(file, entry), (int) declared);
            default -> throw new InvalidDistributionException("File does not use a supported compression type");
        };
        CRC32 crc = new CRC32();
        crc.update(data);
        if (crc.getValue() != entry.crc()) {
            throw ZipProblem.MALFORMED.rejection();
        }
        return data;
    }

    private static long dataStart(RandomAccessBytes file, CentralDirectoryEntry entry)
            throws InvalidDistributionException, IOException {
        LittleEndianFields header = new LittleEndianFields(file.readAtMost(entry.localHeaderOffset(), LOCAL_FIXED_SIZE));
        if (entry.localHeaderOffset() < 0 || header.length() != LOCAL_FIXED_SIZE
                || !header.hasSignature(0, ZipRecordType.LOCAL_FILE.signature())) {
            throw ZipProblem.MALFORMED.rejection();
        }
        return entry.localHeaderOffset() + LOCAL_FIXED_SIZE + header.u16(26) + header.u16(28);
    }

    private static byte[] stored(RandomAccessBytes file, CentralDirectoryEntry entry, long start)
            throws InvalidDistributionException, IOException {
        if (entry.compressedSize() != entry.uncompressedSize()) {
            throw ZipProblem.MALFORMED.rejection();
        }
        byte[] data = new byte[(int) entry.uncompressedSize()];
        if (file.readInto(start, data, data.length) != data.length) {
            throw ZipProblem.MALFORMED.rejection();
        }
        return data;
    }

    private static byte[] inflated(RandomAccessBytes file, CentralDirectoryEntry entry, long start, int declared)
            throws InvalidDistributionException, IOException {
        Inflater inflater = new Inflater(true);
        try {
            byte[] input = new byte[CHUNK];
            byte[] output = new byte[Math.min(declared, CHUNK)];
            int produced = 0;
            long consumed = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    long left = entry.compressedSize() - consumed;
                    if (left <= 0) {
                        throw ZipProblem.MALFORMED.rejection(); // the deflate stream is cut short
                    }
                    int read = file.readInto(start + consumed, input, (int) Math.min(CHUNK, left));
                    if (read <= 0) {
                        throw ZipProblem.MALFORMED.rejection();
                    }
                    consumed += read;
                    inflater.setInput(input, 0, read);
                }
                if (produced == output.length) {
                    if (output.length == declared) {
                        // Full, but the stream goes on: more data than declared, unless only the end is left.
                        if (inflater.inflate(new byte[1]) > 0) {
                            throw ZipProblem.MALFORMED.rejection();
                        }
                        if (inflater.needsDictionary()) {
                            throw ZipProblem.MALFORMED.rejection();
                        }
                        continue;
                    }
                    output = Arrays.copyOf(output, (int) Math.min(declared, 2L * output.length));
                }
                produced += inflater.inflate(output, produced, output.length - produced);
                if (inflater.needsDictionary()) {
                    throw ZipProblem.MALFORMED.rejection();
                }
            }
            if (produced != declared) {
                throw ZipProblem.MALFORMED.rejection();
            }
            return output.length == produced ? output : Arrays.copyOf(output, produced);
        } catch (DataFormatException e) {
            throw ZipProblem.MALFORMED.rejection();
        } finally {
            inflater.end();
        }
    }
}
