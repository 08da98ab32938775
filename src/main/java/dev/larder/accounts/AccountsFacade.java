package dev.larder.accounts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Use cases for accounts. */
public final class AccountsFacade {
    // Same shape as project names, so a user's page URL never needs escaping.
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9._-]{0,48}[A-Za-z0-9])?$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MIN_PASSWORD = 8;

    private final UserRepository users;
    private final PasswordHasher hasher;

    public AccountsFacade(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    public User createUser(String name, String email, String password, boolean admin) {
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new AccountException("'" + name + "' is not a valid user name: use 1-50 letters, digits, '.', '_' or '-', starting and ending with a letter or digit");
        }
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new AccountException("'" + email + "' is not a valid email address");
        }
        String hash = password == null ? null : hashChecked(password);
        return users.insert(name, email, hash, admin)
                .orElseThrow(() -> new AccountException("the user name '" + name + "' is already taken"));
    }

    /** Replaces the user's password (the caller has checked who may do so). */
    public void setPassword(long userId, String password) {
        users.setPasswordHash(userId, hashChecked(password));
    }

    private String hashChecked(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new AccountException("the password is too short: use at least " + MIN_PASSWORD + " characters");
        }
        return hasher.hash(password);
    }

    public Optional<User> byName(String name) {
        return users.byName(name);
    }

    public Optional<User> byId(long id) {
        return users.byId(id);
    }

    public List<User> all() {
        return users.all();
    }

    /** The user when the password is right and the account enabled. */
    public Optional<User> authenticate(String name, String password) {
        Optional<User> user = users.byName(name).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            // Hash anyway so that a wrong name costs the same time as a wrong password.
            hasher.matches(password, "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$yVfcfPsJJC9pYyYHITK/zWhOWzBW0w7ZAvD2O1jS+Sk");
            return Optional.empty();
        }
        return users.passwordHash(user.get().id()).filter(h -> hasher.matches(password, h)).flatMap(h -> user);
    }
}
