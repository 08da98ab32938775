package dev.larder.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) with HMAC-SHA-1, the variant every
 * authenticator app supports: the code of a time step is the dynamically truncated HMAC of the
 * step number, as decimal digits.
 */
public final class Totp {
    public static final long STEP_SECONDS = 30;

    private Totp() {}

    /** The time step an epoch second falls in. */
    public static long step(long epochSecond) {
        return Math.floorDiv(epochSecond, STEP_SECONDS);
    }

    /** The code for one time step, zero-padded to {@code digits}. */
    public static String code(byte[] key, long step, int digits) {
        byte[] hmac;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hmac = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        int offset = hmac[hmac.length - 1] & 0x0f;
        int binary = ((hmac[offset] & 0x7f) << 24) | ((hmac[offset + 1] & 0xff) << 16)
                | ((hmac[offset + 2] & 0xff) << 8) | (hmac[offset + 3] & 0xff);
        int modulus = (int) Math.pow(10, digits);
        String text = Integer.toString(binary % modulus);
        return "0".repeat(digits - text.length()) + text;
    }
}
