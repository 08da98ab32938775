package dev.larder.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Whether the store answers, for readiness checks. */
    boolean reachable();

    /** Fails with the reason when the store cannot be used, for a clear error at start-up. */
    default void checkReachable() throws IOException {
        if (!reachable()) {
            throw new IOException(this + " cannot be reached or written");
        }
    }

    /**
     * Deletes what interrupted uploads left in {@link #stagingFolder()}. Only for start-up, while
     * no upload of this process is running; nothing refers to a staged file.
     */
    default void clearStaging() throws IOException {
        try (var files = Files.list(stagingFolder())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {}
}
