package dev.larder.upload;

/** Told about each file an upload stored (not about duplicates or refusals), after the commit. */
@FunctionalInterface
public interface UploadListener {
    void stored(Uploader uploader, String projectName, String filename);
}
