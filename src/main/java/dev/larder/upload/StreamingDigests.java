package dev.larder.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/** MD5, SHA-256 and BLAKE2b-256 computed together over a stream of chunks. */
public final class StreamingDigests {
    private final MessageDigest md5;
    private final MessageDigest sha256;
    private final Blake2bDigest blake2 = new Blake2bDigest(256);

    public StreamingDigests() {
        try {
            md5 = MessageDigest.getInstance("MD5");
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5 or SHA-256", e);
        }
    }

    public void update(byte[] bytes, int offset, int length) {
        md5.update(bytes, offset, length);
        sha256.update(bytes, offset, length);
        blake2.update(bytes, offset, length);
    }

    public Digests finish() {
        byte[] b2 = new byte[32];
        blake2.doFinal(b2, 0);
        HexFormat hex = HexFormat.of();
        return new Digests(hex.formatHex(md5.digest()), hex.formatHex(sha256.digest()), hex.formatHex(b2));
    }
}
