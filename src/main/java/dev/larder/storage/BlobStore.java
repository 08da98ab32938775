package dev.larder.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where file bytes live. Keys are relative paths such as {@code ab/cd/ef01.../demo-1.0.tar.gz}.
 * A reader never sees a half-written blob: {@link #put} makes the whole blob visible at once.
 */
public interface BlobStore {

    /** Stores the file's bytes under the key; the source may be moved away or copied. */
    void put(String key, Path source) throws IOException;

    void put(String key, byte[] bytes) throws IOException;

    /** The blob's size in bytes, or empty when there is no such blob. */
    Optional<Long> size(String key) throws IOException;

    /** Reads the blob from a byte offset; the caller closes the stream. */
    InputStream open(String key, long offset) throws IOException;

    /** Removes the blob if it exists. */
    void delete(String key) throws IOException;

    /**
     * A new, empty file on local disk for bytes being received (on the store's file system where
     * that helps); the caller stores or deletes it.
     */
    Path newStagingFile() throws IOException;

    /** Whether the store answers, for readiness checks. */
    boolean reachable();
}
