package dev.larder.projects;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored distribution file; immutable once written.
 *
 * @param publisherJson for files uploaded by a trusted publisher: the issuer, the publisher in
 *                      words and the CI run's claims, as JSON
 */
public record DistFile(
        long id,
        long releaseId,
        long projectId,
        String filename,
        String packagetype,
        String pythonVersion,
        Optional<String> comment,
        long size,
        String md5,
        String sha256,
        String blake2b256,
        String path,
        Instant uploadTime,
        Optional<String> uploadedVia,
        Optional<String> metadataSha256,
        Optional<String> metadataBlake2b256,
        Optional<String> publisherJson) {

    public boolean hasMetadataFile() {
        return metadataSha256.isPresent();
    }
}
