package dev.larder.testing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator app for tests: RFC 6238 codes (HMAC-SHA1, 30-second steps, 6 digits) from the
 * Base32 secret a two-factor page shows. Written here from the RFC, not taken from the server, so a
 * mistake in the server's TOTP cannot be mirrored by the test.
 */
public final class TotpCodes {
    public static final long STEP_SECONDS = 30;

    private final byte[] key;
    private long lastUsedStep = Long.MIN_VALUE;

    public TotpCodes(String base32Secret) {
        this.key = new Base32().decode(base32Secret.replace(" ", "").toUpperCase());
        if (key.length == 0) {
            throw new IllegalArgumentException("not a Base32 secret: '" + base32Secret + "'");
        }
    }

    /** The time step {@code at} falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code for time step {@code step}, with its leading zeros. */
    public String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int truncated = ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff;
            return String.format("%06d", truncated % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A code the server has not seen yet: the current step's, or the next step's when this one's
     * was already used. Servers refuse a code twice but accept a step of clock drift, so two
     * sign-ins within 30 seconds need no waiting.
     */
    public String freshCode() {
        lastUsedStep = Math.max(step(Instant.now()), lastUsedStep + 1);
        return code(lastUsedStep);
    }
}
