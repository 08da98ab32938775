package dev.larder.accounts;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Creating one's own account on the sign-up page, while the index allows it. The switch is read
 * through a supplier so that this package does not depend on where instance settings live.
 */
public final class Registration {
    private final AccountsFacade accounts;
    private final BooleanSupplier open;
    private final SecurityLog log;

    public Registration(AccountsFacade accounts, BooleanSupplier open, SecurityLog log) {
        this.accounts = accounts;
        this.open = open;
        this.log = log;
    }

    public boolean open() {
        return open.getAsBoolean();
    }

    /** The new (non-admin) user; the password rules are those of {@link AccountsFacade#createUser}. */
    public User register(String name, String email, String password, String confirmation, String address) {
        if (!open()) {
            throw new RegistrationClosed();
        }
        if (password == null || password.isEmpty()) {
            throw new AccountException("Choose a password.");
        }
        if (!password.equals(confirmation)) {
            throw new AccountException("The two passwords are not the same. Type the password again in both fields.");
        }
        User user = accounts.createUser(name, email, password, false);
        log.user(user.id(), "account:created", user.name(), "Registered on the sign-up page", Optional.of(address));
        return user;
    }
}
