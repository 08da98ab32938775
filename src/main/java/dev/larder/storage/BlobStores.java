package dev.larder.storage;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the store a {@code --storage} location names. */
public final class BlobStores {
    private BlobStores() {}

    /** {@code owner} names the instance opening it (see {@link FileBlobStore}). */
    public static BlobStore open(String location, String owner) throws IOException {
        if (location.startsWith("file:")) {
            return new FileBlobStore(Path.of(location.substring("file:".length())), owner);
        }
        throw new IllegalArgumentException("unsupported storage '" + location + "': use file:DIR");
    }
}
