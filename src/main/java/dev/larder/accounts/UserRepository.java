package dev.larder.accounts;

import java.util.List;
import java.util.Optional;

/** Persistence port for accounts. */
public interface UserRepository {
    /** Inserts the user; empty when the name (compared case-insensitively) is taken. */
    Optional<User> insert(String name, String email, String passwordHash, boolean admin);

    Optional<User> byName(String name);

    Optional<User> byId(long id);

    Optional<String> passwordHash(long userId);

    List<User> all();

    void setPasswordHash(long userId, String passwordHash);

    void setDisabled(long userId, boolean disabled);

    /** The confirmed TOTP secret (Base32), if the user has turned two-factor on. */
    Optional<String> totpSecret(long userId);

    /** Sets (or with null, clears) the TOTP secret and forgets the last accepted step. */
    void setTotpSecret(long userId, String secret);

    /**
     * Records {@code step} as the last accepted TOTP step, only if it is later than the one stored:
     * false when it is not (the code was already used), atomically, so two instances cannot both
     * accept one code.
     */
    boolean advanceTotpStep(long userId, long step);
}
