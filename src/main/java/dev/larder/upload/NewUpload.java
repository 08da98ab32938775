package dev.larder.upload;

import java.util.Optional;

/**
 * Everything one accepted upload writes, in a single transaction.
 *
 * @param creatorUserId the user who becomes Owner if this upload creates the project
 * @param expectNewProject the checks ran against "no such project"; if another upload creates it
 *                         first, this one must not slip in as a non-owner
 */
public record NewUpload(
        String projectName,
        String normalizedName,
        boolean expectNewProject,
        Optional<Long> creatorUserId,
        String version,
        String canonicalVersion,
        Optional<String> requiresPython,
        String releaseMetadataJson,
        String filename,
        String packagetype,
        String pythonVersion,
        Optional<String> comment,
        long size,
        Digests digests,
        String path,
        Optional<String> uploadedVia,
        Optional<Digests> metadataDigests,
        Optional<Long> uploaderUserId,
        Optional<String> uploaderTokenId,
        Optional<String> publisherId,
        Optional<String> publisherClaimsJson,
        long maxProjectSize,
        String actor) {}
