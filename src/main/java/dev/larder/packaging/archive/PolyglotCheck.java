package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * PyPI's first archive rule: a file that reads both as a zip and as a tar is refused, because
 * installers would disagree about what it contains depending on which reader they pick.
 */
final class PolyglotCheck {

    private PolyglotCheck() {
    }

    static void rejectIfBothZipAndTar(Path file) throws InvalidDistributionException, IOException {
        if (ZipSignature.matches(file) && TarSignature.matches(file)) {
            throw new InvalidDistributionException("File is both a zip and a tar file");
        }
    }
}
