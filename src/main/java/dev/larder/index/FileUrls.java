package dev.larder.index;

import java.util.Optional;

/**
 * Where clients fetch files. With a configured base URL the links are absolute; without one they
 * are root-relative ({@code /files/...}), which pip and uv resolve against the page they read, so
 * one rendering serves every host name the index is reached by.
 */
public final class FileUrls {
    private final Optional<String> base;

    public FileUrls(Optional<String> base) {
        this.base = base.map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
    }

    public String file(String blobKey) {
        return base.orElse("") + "/files/" + blobKey;
    }

    /** An absolute URL for places that need one (the JSON API), using the request's origin when no base is set. */
    public String absolute(String path, String requestOrigin) {
        return base.orElse(requestOrigin) + path;
    }

    public Optional<String> base() {
        return base;
    }
}
