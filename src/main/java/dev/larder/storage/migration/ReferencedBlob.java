package dev.larder.storage.migration;

import java.util.OptionalLong;

/**
 * A blob the database refers to, with what the database knows about its bytes.
 *
 * @param size the size in bytes, when the database records it (files yes, {@code .metadata} no)
 */
public record ReferencedBlob(String key, OptionalLong size, String sha256, String blake2b256) {}
