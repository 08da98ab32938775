package dev.larder.upload;

/** The identifying facts of a file already in the index, for duplicate detection. */
public record StoredFile(String filename, String sha256, String blake2b256) {}
