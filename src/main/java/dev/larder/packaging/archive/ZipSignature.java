package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * "Is this a zip file?", answered like Python's {@code zipfile.is_zipfile}: an end record must be
 * found, and it must either describe an empty archive or point at a real central directory record.
 * PyPI asks exactly this before anything else, so it decides between "File is not a zipfile" and
 * the structural reasons.
 */
final class ZipSignature {

    private ZipSignature() {
    }

    static boolean matches(Path file) throws IOException {
        try (RandomAccessBytes bytes = RandomAccessBytes.open(file)) {
            return matches(bytes);
        }
    }

    static boolean matches(RandomAccessBytes bytes) throws IOException {
        Optional<EndOfCentralDirectory> found = EndOfCentralDirectory.locate(bytes);
        if (found.isEmpty()) {
            return false;
        }
        EndOfCentralDirectory end = found.get();
        if (end.spansDisks()) {
            return true; // Python raises instead of answering; opening it will report it as malformed.
        }
        if (end.entries() == 0 && end.centralDirectorySize() == 0 && end.centralDirectoryOffset() == 0) {
            return true;
        }
        if (end.diskNumber() != end.centralDirectoryDisk() || end.centralDirectorySize() < 46) {
            return false;
        }
        long start = end.centralDirectoryStart();
        LittleEndianFields first = new LittleEndianFields(bytes.readAtMost(start, 4));
        return start >= 0 && first.hasSignature(0, ZipRecordType.CENTRAL_DIRECTORY.signature());
    }
}
