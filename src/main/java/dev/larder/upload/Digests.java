package dev.larder.upload;

/** A file's lowercase hex digests, as PyPI records and compares them. */
public record Digests(String md5, String sha256, String blake2b256) {}
