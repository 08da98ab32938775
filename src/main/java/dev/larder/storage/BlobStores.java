package dev.larder.storage;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the store a {@code --storage} location names. */
public final class BlobStores {
    private BlobStores() {}

    public static BlobStore open(String location) throws IOException {
        if (location.startsWith("file:")) {
            return new FileBlobStore(Path.of(location.substring("file:".length())));
        }
        throw new IllegalArgumentException("unsupported storage '" + location + "': use file:DIR");
    }
}
