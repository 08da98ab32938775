package dev.larder.packaging.archive;

/**
 * Resource ceilings for inspecting one upload, so that memory and time stay bounded whatever the
 * bytes claim. The defaults admit every real-world distribution seen on PyPI (wheels with well over
 * 65,535 entries included) while keeping one inspection well under a few hundred MiB of heap.
 *
 * @param maxEntries             members a ZIP central directory or a tar stream may hold
 * @param maxCentralDirectoryBytes size of a ZIP central directory; it also bounds the names held
 * @param maxMetadataBytes       size of METADATA, PKG-INFO and entry_points.txt once decompressed
 * @param maxRecordBytes         size of a wheel's RECORD once decompressed (it lists every file)
 * @param maxTarUncompressedBytes bytes a .tar.gz may expand to; gzip has no index, so all of it is
 *                               inflated to list the members
 * @param maxTarHeaderBytes      size of one pax or GNU long-name header record, which the tar
 *                               reader holds in memory
 * @param maxTarNameBytes        characters of all tar member names together
 */
public record ArchiveLimits(
        int maxEntries,
        long maxCentralDirectoryBytes,
        int maxMetadataBytes,
        int maxRecordBytes,
        long maxTarUncompressedBytes,
        int maxTarHeaderBytes,
        long maxTarNameBytes) {

    private static final int MIB = 1024 * 1024;

    public ArchiveLimits {
        if (maxEntries < 1 || maxCentralDirectoryBytes < 1 || maxMetadataBytes < 1 || maxRecordBytes < 1
                || maxTarUncompressedBytes < 1 || maxTarHeaderBytes < 512 || maxTarNameBytes < 1) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    /** The limits Larder uses unless configured otherwise. */
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(200_000, 32L * MIB, 16 * MIB, 64 * MIB, 2L * 1024 * MIB, 64 * 1024, 32L * MIB);
    }

    public ArchiveLimits withMaxEntries(int value) {
        return new ArchiveLimits(value, maxCentralDirectoryBytes, maxMetadataBytes, maxRecordBytes,
                maxTarUncompressedBytes, maxTarHeaderBytes, maxTarNameBytes);
    }

    public ArchiveLimits withMaxMetadataBytes(int value) {
        return new ArchiveLimits(maxEntries, maxCentralDirectoryBytes, value, maxRecordBytes,
                maxTarUncompressedBytes, maxTarHeaderBytes, maxTarNameBytes);
    }

    public ArchiveLimits withMaxTarUncompressedBytes(long value) {
        return new ArchiveLimits(maxEntries, maxCentralDirectoryBytes, maxMetadataBytes, maxRecordBytes,
                value, maxTarHeaderBytes, maxTarNameBytes);
    }
}
