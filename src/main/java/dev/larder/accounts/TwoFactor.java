package dev.larder.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;

/**
 * The second factor: a TOTP secret in the user's authenticator app (6 digits, 30-second steps,
 * one step of clock drift either way, and never the same step twice), plus ten one-time recovery
 * codes for a lost phone, stored only as SHA-256 hashes.
 */
public final class TwoFactor {
    public static final int DIGITS = 6;
    static final int RECOVERY_CODES = 10;
    private static final int SECRET_BYTES = 20;
    private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserRepository users;
    private final RecoveryCodeRepository codes;
    private final SecurityLog log;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TwoFactor(UserRepository users, RecoveryCodeRepository codes, SecurityLog log, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.log = log;
        this.clock = clock;
    }

    /** A fresh secret to offer for enrolment (Base32, as authenticator apps expect). */
    public String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return new Base32().encodeToString(key);
    }

    /** The link authenticator apps read (usually from a QR code). */
    public static String otpauthUri(String userName, String secret) {
        return "otpauth://totp/Larder:" + userName + "?secret=" + secret + "&issuer=Larder&digits=" + DIGITS + "&period="
                + Totp.STEP_SECONDS;
    }

    public boolean enabled(long userId) {
        return users.totpSecret(userId).isPresent();
    }

    public int recoveryCodesLeft(long userId) {
        return codes.remaining(userId);
    }

    /**
     * Turns the second factor on with the secret the user added to their app, once a code from the
     * app proves it is there; returns the recovery codes, which are shown this once.
     */
    public List<String> enable(User user, String secret, String code, Optional<String> address) {
        if (enabled(user.id())) {
            throw new AccountException("Two-factor authentication is already on.");
        }
        String normalized = secret == null ? "" : secret.strip().toUpperCase(Locale.ROOT);
        Base32 base32 = new Base32();
        if (normalized.length() != 32 || !base32.isInAlphabet(normalized) || normalized.contains("=")) {
            throw new AccountException("The secret is not one this page offered. Reload the page and start again.");
        }
        OptionalLong step = matchingStep(base32.decode(normalized), code);
        if (step.isEmpty()) {
            throw new AccountException("That code does not match. Enter the current 6-digit code from your authenticator app.");
        }
        users.setTotpSecret(user.id(), normalized);
        users.advanceTotpStep(user.id(), step.getAsLong());
        List<String> plain = newRecoveryCodes(user.id());
        log.user(user.id(), "2fa:enabled", user.name(), "Turned on two-factor authentication", address);
        return plain;
    }

    /**
     * Replaces every recovery code with ten new ones (after using some, or when the old ones may
     * have been seen); takes a current code from the app, like turning the second factor off.
     */
    public List<String> regenerateRecoveryCodes(User user, String code, Optional<String> address) {
        if (!enabled(user.id())) {
            throw new AccountException("Two-factor authentication is off: turn it on to get recovery codes.");
        }
        String c = code == null ? "" : code.strip().replace(" ", "");
        if (c.length() != DIGITS || !verify(user, c, address)) {
            throw new AccountException("That code does not match. Enter the current 6-digit code from your authenticator app.");
        }
        List<String> plain = newRecoveryCodes(user.id());
        log.user(user.id(), "2fa:recovery-codes-replaced", user.name(), "Replaced the recovery codes with new ones", address);
        return plain;
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> plain = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = recoveryCode();
            plain.add(c);
            hashes.add(hash(normalizeRecovery(c)));
        }
        codes.replace(userId, hashes);
        return plain;
    }

    /** Turning the second factor off takes a current code (or a recovery code), not only the session. */
    public void disable(User user, String code, Optional<String> address) {
        if (!enabled(user.id())) {
            throw new AccountException("Two-factor authentication is already off.");
        }
        if (!verify(user, code, address)) {
            throw new AccountException("That code does not match. Enter the current 6-digit code from your authenticator app.");
        }
        clear(user.id());
        log.user(user.id(), "2fa:disabled", user.name(), "Turned off two-factor authentication", address);
    }

    /** Whether the code (a current TOTP code not used before, or an unused recovery code) is right. */
    public boolean verify(User user, String code, Optional<String> address) {
        String c = code == null ? "" : code.strip().replace(" ", "");
        Optional<String> secret = users.totpSecret(user.id());
        if (secret.isEmpty() || c.isEmpty() || c.length() > 40) {
            return false;
        }
        if (c.length() == DIGITS && c.chars().allMatch(Character::isDigit)) {
            OptionalLong step = matchingStep(new Base32().decode(secret.get()), c);
            return step.isPresent() && users.advanceTotpStep(user.id(), step.getAsLong());
        }
        if (codes.use(user.id(), hash(normalizeRecovery(c)), clock.instant())) {
            log.user(user.id(), "2fa:recovery-code-used", user.name(),
                    "Signed in with a recovery code (" + codes.remaining(user.id()) + " left)", address);
            return true;
        }
        return false;
    }

    /** Removes the secret and the recovery codes (turning off, or an administrator's reset). */
    void clear(long userId) {
        users.setTotpSecret(userId, null);
        codes.deleteAll(userId);
    }

    private OptionalLong matchingStep(byte[] key, String code) {
        String c = code == null ? "" : code.strip().replace(" ", "");
        if (c.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long now = Totp.step(clock.instant().getEpochSecond());
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(Totp.code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    c.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String recoveryCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                b.append('-');
            }
            b.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return b.toString();
    }

    private static String normalizeRecovery(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private static String hash(String value) {
        return SessionsFacade.hash(value);
    }
}
