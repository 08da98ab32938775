package dev.larder.packaging.archive;

/**
 * One central directory record, with the sizes and offset already widened by its ZIP64 extra.
 *
 * @param rawName            the name bytes as stored in the record
 * @param headerName         the stored name decoded (UTF-8 or code page 437, by flag bit 11);
 *                           PyPI keys its local-header cross-check by this
 * @param name               the name Python's {@code zipfile} lists: the Unicode Path extra field
 *                           when it applies, cut at the first NUL; lookups use this
 * @param flags              general-purpose bit flags
 * @param method             compression method
 * @param crc                CRC-32 of the uncompressed data
 * @param compressedSize     compressed size in bytes (negative above 2^63)
 * @param uncompressedSize   uncompressed size in bytes (negative above 2^63)
 * @param localHeaderOffset  offset of the entry's local header (negative above 2^63)
 * @param externalAttributes external file attributes; the high 16 bits hold a Unix mode
 */
record CentralDirectoryEntry(
        byte[] rawName,
        String headerName,
        String name,
        int flags,
        int method,
        long crc,
        long compressedSize,
        long uncompressedSize,
        long localHeaderOffset,
        long externalAttributes) {

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private static final int UNIX_FILE_TYPE_MASK = 0170000;
    private static final int UNIX_SYMLINK = 0120000;

    boolean isDirectory() {
        return name.endsWith("/");
    }

    boolean isSymlink() {
        return ((externalAttributes >>> 16) & UNIX_FILE_TYPE_MASK) == UNIX_SYMLINK;
    }

    boolean isEncrypted() {
        return (flags & 1) != 0;
    }
}
