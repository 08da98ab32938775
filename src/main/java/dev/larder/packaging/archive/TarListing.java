package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * The members of a .tar.gz sdist, read in one streaming pass, and the contents of one member
 * read in a second pass.
 *
 * <p>Two passes because the member PyPI looks for ({@code <top>/PKG-INFO}) is only known once the
 * common prefix of all names is, and holding every candidate's contents meanwhile would let an
 * archive full of PKG-INFO files cost memory; re-inflating is bounded by the same limits.
 */
final class TarListing {

    private final List<TarMember> members;

    private TarListing(List<TarMember> members) {
        this.members = Collections.unmodifiableList(members);
    }

    List<TarMember> members() {
        return members;
    }

    static TarListing read(Path file, ArchiveLimits limits) throws InvalidDistributionException, IOException {
        List<TarMember> members = new ArrayList<>();
        long nameCharacters = 0;
        try (GuardedTarInputStream tar = TarStream.open(file, limits)) {
            while (true) {
                TarArchiveEntry entry = next(tar);
                if (entry == null) {
                    break;
                }
                if (entry.isSparse()) {
                    throw TarProblem.SPARSE.rejection();
                }
                if (members.size() >= limits.maxEntries()) {
                    throw new InvalidDistributionException(
                            "Archive contains more than " + limits.maxEntries() + " entries");
                }
                TarMember member = TarMember.of(entry);
                nameCharacters += member.name().length() + member.linkName().length();
                if (nameCharacters > limits.maxTarNameBytes()) {
                    throw new InvalidDistributionException(
                            "Archive member names exceed " + limits.maxTarNameBytes() + " characters in total");
                }
                members.add(member);
            }
        }
        return new TarListing(members);
    }

    /** The contents of the member at {@code index} of the listing, which must be a regular file. */
    static byte[] contents(Path file, ArchiveLimits limits, int index, int limit)
            throws InvalidDistributionException, IOException {
        try (GuardedTarInputStream tar = TarStream.open(file, limits)) {
            TarArchiveEntry entry = null;
            for (int i = 0; i <= index; i++) {
                entry = next(tar);
                if (entry == null) {
                    throw new InvalidDistributionException("None"); // cannot happen: the listing saw it
                }
            }
            if (entry.getSize() > limit) {
                throw new InvalidDistributionException("File " + entry.getName()
                        + " in the archive is larger than the limit of " + limit + " bytes");
            }
            try {
                byte[] data = tar.readNBytes((int) entry.getSize());
                if (data.length != entry.getSize()) {
                    throw new InvalidDistributionException("None");
                }
                return data;
            } catch (IOException | RuntimeException e) {
                throw TarStream.failure(e);
            }
        }
    }

    /** The next member, or null at the end of the archive. */
    private static TarArchiveEntry next(GuardedTarInputStream tar) throws InvalidDistributionException, IOException {
        try {
            return tar.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw TarStream.failure(e);
        }
    }
}
