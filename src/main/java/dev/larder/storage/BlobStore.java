package dev.larder.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Where file bytes live. Keys are relative paths such as {@code ab/cd/ef01.../demo-1.0.tar.gz}.
 * A reader never sees a half-written blob: {@link #put} makes the whole blob visible at once.
 */
public interface BlobStore extends Closeable {

    /** Stores the file's bytes under the key; the source may be moved away or copied. */
    void put(String key, Path source) throws IOException;

    void put(String key, byte[] bytes) throws IOException;

    /** The blob's size in bytes, or empty when there is no such blob. */
    Optional<Long> size(String key) throws IOException;

    /** Reads the blob from a byte offset; the caller closes the stream. */
    InputStream open(String key, long offset) throws IOException;

    /**
     * Reads at least {@code length} bytes from a byte offset (fewer only at the blob's end); the
     * stream may go on past them, so the caller reads what it needs and closes it. Stores that pay
     * for every byte sent override it to ask for just the range.
     */
    default InputStream open(String key, long offset, long length) throws IOException {
        return open(key, offset);
    }

    /** Removes the blob if it exists. */
    void delete(String key) throws IOException;

    /** A folder on local disk for files being received, on the same file system where that helps. */
    Path stagingFolder();

    /**
     * The instance using the store. Several instances may share a staging folder (a shared file
     * store); each names its staging files after itself, so one that starts up clears only its
     * own leftovers and long-dead ones, never another's uploads under way.
     */
    String stagingOwner();

    /**
     * A new, empty file on local disk for bytes being received (on the store's file system where
     * that helps); the caller stores or deletes it.
     */
    default Path newStagingFile() throws IOException {
        return Files.createTempFile(stagingFolder(), stagingOwner() + ".", ".part");
    }

    /** Whether the store answers, for readiness checks. */
    boolean reachable();

    /** Fails with the reason when the store cannot be used, for a clear error at start-up. */
    default void checkReachable() throws IOException {
        if (!reachable()) {
            throw new IOException(this + " cannot be reached or written");
        }
    }

    /**
     * Deletes what interrupted uploads left in {@link #stagingFolder()}: this instance's own files
     * at once (only call it at start-up, before this instance receives anything), other instances'
     * only when last written before {@code othersBefore}. Nothing refers to a staged file.
     */
    default void clearStaging(Instant othersBefore) throws IOException {
        String own = stagingOwner() + ".";
        try (var files = Files.list(stagingFolder())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                try {
                    if (Files.isRegularFile(p) && (p.getFileName().toString().startsWith(own)
                            || Files.getLastModifiedTime(p).toInstant().isBefore(othersBefore))) {
                        Files.deleteIfExists(p);
                    }
                } catch (NoSuchFileException gone) {
                    // its instance stored or removed it meanwhile
                }
            }
        }
    }

    /** A staging owner must be a plain name, as it prefixes file names. */
    static String checkOwner(String owner) {
        if (owner == null || owner.isEmpty() || owner.contains("/") || owner.contains(".") || owner.contains("\\")) {
            throw new IllegalArgumentException("a staging owner must be a plain name: '" + owner + "'");
        }
        return owner;
    }

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {}
}
