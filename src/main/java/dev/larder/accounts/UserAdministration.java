package dev.larder.accounts;

import java.util.List;
import java.util.Optional;

/** What administrators do to other accounts: list them, disable or enable them, reset their second factor. */
public final class UserAdministration {
    /** A user as the admin list shows them. */
    public record UserSummary(User user, boolean twoFactor) {}

    private final AccountsFacade accounts;
    private final UserRepository users;
    private final TwoFactor twoFactor;
    private final SessionsFacade sessions;
    private final SecurityLog log;

    public UserAdministration(AccountsFacade accounts, UserRepository users, TwoFactor twoFactor, SessionsFacade sessions,
                              SecurityLog log) {
        this.accounts = accounts;
        this.users = users;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.log = log;
    }

    public List<UserSummary> users(User admin) {
        requireAdmin(admin);
        return accounts.all().stream().map(u -> new UserSummary(u, twoFactor.enabled(u.id()))).toList();
    }

    /**
     * A disabled user cannot sign in, their sessions end now, and their API tokens stop working
     * (token checks refuse disabled users) until an administrator enables the account again.
     */
    public User setDisabled(User admin, String userName, boolean disabled, String address) {
        requireAdmin(admin);
        User user = target(userName);
        if (user.id() == admin.id() && disabled) {
            throw new AccountException("You cannot disable your own account.");
        }
        users.setDisabled(user.id(), disabled);
        if (disabled) {
            sessions.endOtherSessions(user.id(), Optional.empty());
        }
        log.user(user.id(), disabled ? "account:disabled" : "account:enabled", admin.name(),
                (disabled ? "Account disabled by " : "Account enabled by ") + admin.name(), Optional.of(address));
        return user;
    }

    /** For a user who lost their authenticator and their recovery codes. */
    public User resetTwoFactor(User admin, String userName, String address) {
        requireAdmin(admin);
        User user = target(userName);
        twoFactor.clear(user.id());
        log.user(user.id(), "2fa:reset", admin.name(), "Two-factor authentication reset by " + admin.name(), Optional.of(address));
        return user;
    }

    private User target(String userName) {
        return accounts.byName(userName == null ? "" : userName)
                .orElseThrow(() -> new AccountException("There is no user named '" + userName + "'."));
    }

    private static void requireAdmin(User actor) {
        if (!actor.admin()) {
            throw new AccountException("Only an administrator can manage users.");
        }
    }
}
