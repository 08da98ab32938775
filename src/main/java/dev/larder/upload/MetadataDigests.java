package dev.larder.upload;


/** Digests of a small in-memory blob such as a wheel's METADATA. */
final class MetadataDigests {
    private MetadataDigests() {}

    static Digests of(byte[] bytes) {
        StreamingDigests d = new StreamingDigests();
        d.update(bytes, 0, bytes.length);
        return d.finish();
    }
}
