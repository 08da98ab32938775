package dev.larder.packaging.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Commons Compress's tar reader with the hooks that keep it bounded on hostile input.
 *
 * <ul>
 *   <li>Pax and GNU long-name/long-link records are read whole into memory by the library; each is
 *       capped at {@link ArchiveLimits#maxTarHeaderBytes()}, and global pax records (which
 *       accumulate for the rest of the archive) share one such budget.</li>
 *   <li>Each such record makes the library recurse once; chains longer than any real archive
 *       needs are refused instead of overflowing the stack.</li>
 *   <li>Sparse members are refused as soon as they are recognised, before the library parses
 *       their sparse maps (which could otherwise grow with the data): an old-GNU {@code 'S'} header
 *       record, or a pax record with a {@code GNU.sparse.*} key.</li>
 * </ul>
 */
final class GuardedTarInputStream extends TarArchiveInputStream {

    private static final int MAX_HEADER_CHAIN = 8;
    private static final int TYPE_FLAG_OFFSET = 156;

    private final int maxHeaderBytes;
    private int chainDepth;
    private TarArchiveEntry headerEntry;
    private long headerBytes;
    private long globalHeaderBytes;
    private ByteArrayOutputStream paxRecords;

    /**
     * Lenient, so numeric header fields the library finds illegal are ignored rather than fatal:
     * it then lists at least the members Python would, which is the safe side for the checks.
     */
    GuardedTarInputStream(InputStream tar, int maxHeaderBytes) {
        super(tar, TarConstants.DEFAULT_BLKSIZE, TarConstants.DEFAULT_RCDSIZE, StandardCharsets.UTF_8.name(), true);
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    public TarArchiveEntry getNextEntry() throws IOException {
        if (++chainDepth > MAX_HEADER_CHAIN) {
            throw new IOException("too many consecutive pax or GNU header records");
        }
        try {
            return super.getNextEntry();
        } finally {
            chainDepth--;
        }
    }

    @Override
    protected byte[] readRecord() throws IOException {
        byte[] record = super.readRecord();
        if (record != null && record.length > TYPE_FLAG_OFFSET && record[TYPE_FLAG_OFFSET] == 'S') {
            throw new RejectedWhileReading(TarProblem.SPARSE.rejection());
        }
        return record;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        TarArchiveEntry entry = getCurrentEntry();
        if (entry != null && isHeaderRecord(entry)) {
            watchHeaderRecord(entry, buffer, offset, read);
        }
        return read;
    }

    private void watchHeaderRecord(TarArchiveEntry entry, byte[] buffer, int offset, int read) throws IOException {
        boolean pax = entry.isPaxHeader() || entry.isGlobalPaxHeader();
        if (entry != headerEntry) {
            headerEntry = entry;
            headerBytes = 0;
            paxRecords = pax ? new ByteArrayOutputStream() : null;
        }
        if (read > 0) {
            headerBytes += read;
            if (entry.isGlobalPaxHeader()) {
                globalHeaderBytes += read;
            }
            if (headerBytes > maxHeaderBytes || globalHeaderBytes > maxHeaderBytes) {
                throw new RejectedWhileReading(new InvalidDistributionException(
                        "tar header record is larger than " + maxHeaderBytes + " bytes"));
            }
            if (paxRecords != null) {
                paxRecords.write(buffer, offset, read);
            }
        }
        if (paxRecords != null && (read < 0 || headerBytes >= entry.getSize())) {
            if (PaxRecords.declareSparse(paxRecords.toByteArray())) {
                throw new RejectedWhileReading(TarProblem.SPARSE.rejection());
            }
            paxRecords = null;
        }
    }

    private static boolean isHeaderRecord(TarArchiveEntry entry) {
        return entry.isPaxHeader() || entry.isGlobalPaxHeader()
                || entry.isGNULongNameEntry() || entry.isGNULongLinkEntry();
    }
}
