package dev.larder.upload;

/** What a successful upload did. */
public enum UploadOutcome {
    /** The file is new and now part of the index. */
    STORED,
    /** The same bytes were already stored under the same filename: nothing changed. */
    ALREADY_PRESENT
}
