package dev.larder.accounts;

import java.util.Optional;

/**
 * Changing one's password: the current password is required (a session left open on a shared
 * computer is not enough), and every other session of the user ends, so whoever knew the old
 * password is signed out everywhere.
 */
public final class PasswordChange {
    private final AccountsFacade accounts;
    private final SessionsFacade sessions;
    private final SecurityLog log;

    public PasswordChange(AccountsFacade accounts, SessionsFacade sessions, SecurityLog log) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.log = log;
    }

    public void change(User user, Session current, String currentPassword, String newPassword, String confirmation,
                       String address) {
        if (currentPassword == null || accounts.authenticate(user.name(), currentPassword).isEmpty()) {
            throw new AccountException("The current password is wrong.");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new AccountException("The two new passwords are not the same. Type the new password again in both fields.");
        }
        accounts.setPassword(user.id(), newPassword);
        int ended = sessions.endOtherSessions(user.id(), Optional.of(current));
        log.user(user.id(), "password:changed", user.name(),
                "Changed the password" + (ended > 0 ? " (signed out " + ended + " other session" + (ended == 1 ? ")" : "s)") : ""),
                Optional.of(address));
    }
}
