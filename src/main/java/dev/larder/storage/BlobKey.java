package dev.larder.storage;

/** Where a distribution file is kept: PyPI's layout, sharded by the file's BLAKE2b-256 digest. */
public final class BlobKey {
    private BlobKey() {}

    public static String forFile(String blake2Hex, String filename) {
        return blake2Hex.substring(0, 2) + "/" + blake2Hex.substring(2, 4) + "/" + blake2Hex.substring(4) + "/" + filename;
    }

    /** The PEP 658 metadata file served beside a wheel. */
    public static String metadataOf(String fileKey) {
        return fileKey + ".metadata";
    }
}
