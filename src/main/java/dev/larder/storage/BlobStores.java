package dev.larder.storage;

import dev.larder.storage.s3.S3BlobStore;
import dev.larder.storage.s3.S3Location;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the store a {@code --storage} location names: {@code file:DIR} (a local folder) or
 * {@code s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true} (AWS S3 or an S3-compatible
 * server; uploads are staged in {@code DATA/staging} on their way there).
 */
public final class BlobStores {
    private BlobStores() {}

    /** {@code owner} names the instance opening it (see {@link BlobStore#stagingOwner()}). */
    public static BlobStore open(String location, Path dataDir, String owner) throws IOException {
        if (location.startsWith("file:")) {
            String dir = location.substring("file:".length());
            if (dir.isBlank()) {
                throw new IllegalArgumentException("bad storage location '" + location + "': file: needs a folder, as in file:/srv/larder/files");
            }
            return new FileBlobStore(Path.of(dir), owner);
        }
        if (location.startsWith("s3://")) {
            return new S3BlobStore(S3Location.parse(location), dataDir.resolve("staging"), owner);
        }
        throw new IllegalArgumentException("unsupported storage '" + location
                + "': use file:DIR or s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true");
    }
}
