package dev.larder.packaging.archive;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * One member of a tar sdist, reduced to what the checks need.
 *
 * @param name     the member name as Python's {@code tarfile} reports it (directories without
 *                 their trailing slashes)
 * @param kind     what the member is
 * @param linkName the link target for symbolic and hard links, otherwise empty
 */
record TarMember(String name, Kind kind, String linkName) {

    enum Kind { FILE, DIRECTORY, SYMLINK, HARDLINK, DEVICE_OR_FIFO, OTHER }

    static TarMember of(TarArchiveEntry entry) {
        Kind kind;
        if (entry.isSymbolicLink()) {
            kind = Kind.SYMLINK;
        } else if (entry.isLink()) {
            kind = Kind.HARDLINK;
        } else if (entry.isDirectory()) {
            kind = Kind.DIRECTORY;
        } else if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
            kind = Kind.DEVICE_OR_FIFO;
        } else if (entry.isFile()) {
            kind = Kind.FILE;
        } else {
            kind = Kind.OTHER;
        }
        String name = entry.getName();
        if (kind == Kind.DIRECTORY) {
            int end = name.length();
            while (end > 0 && name.charAt(end - 1) == '/') {
                end--;
            }
            name = name.substring(0, end);
        }
        String link = kind == Kind.SYMLINK || kind == Kind.HARDLINK ? entry.getLinkName() : "";
        return new TarMember(name, kind, link);
    }
}
