package dev.larder.upload;

import dev.larder.projects.Project;
import dev.larder.projects.Release;
import dev.larder.projects.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port of the upload use case. */
public interface UploadRepository {
    Optional<Project> project(String normalizedName);

    Optional<Role> role(long projectId, long userId);

    Optional<Release> release(long projectId, String canonicalVersion);

    boolean releaseHasSdist(long releaseId);

    /** The first of these publishers that the project still trusts, if any. */
    Optional<String> trustingPublisher(long projectId, List<String> publisherIds);

    /** Any file, in any project, with this filename or this BLAKE2 digest. */
    Optional<StoredFile> sameFilenameOrDigest(String filename, String blake2b256);

    /** Whether the filename was ever stored, including by files deleted since. */
    boolean filenameRegistered(String filename);

    /** Notes that a blob is about to be written before its row exists, so a crash can be cleaned up. */
    void recordIntent(String blobKey);

    void clearIntent(String blobKey);

    /**
     * Intents whose upload can no longer finish, as seen by an instance starting up: all of its own
     * (its previous run stopped), and those of other instances recorded before {@code othersBefore}.
     */
    List<String> abandonedIntents(Instant othersBefore);

    boolean blobReferenced(String blobKey);

    /**
     * Writes project (if new), release (if new), file, filename registry and journal at once.
     *
     * @throws UploadConflict when a concurrent upload got there first (a unique key was taken)
     * @throws UploadRejected for the rules only the transaction can check (project size)
     */
    void commit(NewUpload upload);

    /** A unique key was taken by a concurrent writer; the caller decides what that means. */
    final class UploadConflict extends RuntimeException {
        public UploadConflict(String message) {
            super(message, null, false, false);
        }
    }
}
