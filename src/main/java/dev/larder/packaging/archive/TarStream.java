package dev.larder.packaging.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a .tar.gz upload as a bounded stack of streams (file, gzip members, expansion budget,
 * guarded tar reader) and sorts the failures that come out of it.
 */
final class TarStream {

    private TarStream() {
    }

    static GuardedTarInputStream open(Path file, ArchiveLimits limits) throws InvalidDistributionException, IOException {
        long compressedSize = Files.size(file);
        InputStream raw = UploadInputStream.open(file);
        try {
            InputStream expanded = new ExpansionBudgetInputStream(
                    new GzipMembersInputStream(raw), compressedSize, limits.maxTarUncompressedBytes());
            return new GuardedTarInputStream(expanded, limits.maxTarHeaderBytes());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw failure(e);
        }
    }

    /**
     * What a failure while reading means: an I/O error on the upload is rethrown as such; a rule
     * or limit hit inside the stream comes out as its rejection; anything else is corrupt data,
     * which PyPI reports with the literal detail {@code None}.
     *
     * <p>That includes a bad tar header after the first member, where Python's {@code tarfile}
     * would quietly end the member list instead: an archive whose member list depends on the
     * reader is what PyPI's archive rules exist to keep out, so Larder refuses it.
     */
    static InvalidDistributionException failure(Throwable failure) throws IOException {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UploadReadFailure) {
                throw (UploadReadFailure) cause;
            }
            if (cause instanceof RejectedWhileReading rejected) {
                return rejected.rejection();
            }
        }
        return new InvalidDistributionException("None");
    }
}
