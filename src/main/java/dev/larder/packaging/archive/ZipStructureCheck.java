package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * PyPI's strict ZIP structure check, plus the member rules Larder adds for whoever unpacks the
 * archive later.
 *
 * <p>In order: the file must be readable as a zip through its central directory (the view of
 * Python's {@code zipfile}); the record-by-record walk from offset 0 must agree with that view
 * (PyPI's reasons, see {@link ZipProblem}); then no entry may be encrypted, be a symbolic link,
 * have an absolute path, a {@code ..} segment or a backslash, or carry a Unicode Path extra field
 * that renames it. All failures are thrown as {@code ZIP archive not accepted: <reason>. See …}.
 */
public final class ZipStructureCheck {

    private ZipStructureCheck() {
    }

    /**
     * Checks a ZIP file (a wheel or a .zip sdist) on its own, with the default limits.
     *
     * @throws InvalidDistributionException the file is not a well-formed zip by these rules
     * @throws IOException                  the file could not be read
     */
    public static void check(Path file) throws InvalidDistributionException, IOException {
        check(file, ArchiveLimits.defaults());
    }

    public static void check(Path file, ArchiveLimits limits) throws InvalidDistributionException, IOException {
        try (RandomAccessBytes bytes = RandomAccessBytes.open(file)) {
            Optional<EndOfCentralDirectory> end = EndOfCentralDirectory.locate(bytes);
            if (end.isEmpty()) {
                throw InvalidDistributionException.zipNotAccepted("File is not a zip file");
            }
            check(bytes, CentralDirectory.read(bytes, end.get(), limits));
        }
    }

    static void check(RandomAccessBytes bytes, CentralDirectory directory)
            throws InvalidDistributionException, IOException {
        ZipRecordWalk.check(bytes, directory);
        for (CentralDirectoryEntry entry : directory.entries()) {
            checkMember(entry);
        }
    }

    private static void checkMember(CentralDirectoryEntry entry) throws InvalidDistributionException {
        if (entry.isEncrypted()) {
            throw ZipProblem.ENCRYPTED.rejection();
        }
        if (entry.isSymlink()) {
            throw ZipProblem.SYMLINK.rejection();
        }
        if (!entry.name().equals(entry.headerName())) {
            throw ZipProblem.UNICODE_PATH_MISMATCH.rejection();
        }
        switch (MemberPathRules.judge(entry.name())) {
            case ABSOLUTE -> throw ZipProblem.ABSOLUTE_PATH.rejection();
            case PARENT_REFERENCE -> throw ZipProblem.PARENT_REFERENCE.rejection();
            case SAFE -> {
                if (entry.name().indexOf('\\') >= 0) {
                    throw ZipProblem.BACKSLASH.rejection();
                }
            }
        }
    }
}
