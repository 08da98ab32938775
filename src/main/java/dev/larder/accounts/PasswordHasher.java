package dev.larder.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id with OWASP's minimum parameters, stored as PHC strings so the parameters can be raised later. */
public final class PasswordHasher {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean matches(String password, String phc) {
        if (phc == null || !phc.startsWith("$argon2")) {
            return false;
        }
        return Password.check(password, phc).with(Argon2Function.getInstanceFromHash(phc));
    }
}
