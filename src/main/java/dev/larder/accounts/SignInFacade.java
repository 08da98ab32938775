package dev.larder.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The rules of signing in: the throttle first (so a locked-out name stays locked even with the
 * right password), then the password, then the second factor for users who turned it on. Every
 * failure counts toward the throttle and is written to the user's security history.
 */
public final class SignInFacade {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {
        record SignedIn(User user) implements Outcome {}

        /** The password was right; the user still owes a code. */
        record SecondFactorNeeded(User user) implements Outcome {}

        /** Refused, with HTTP status 401 (wrong) or 429 (too many failures) and a message for the person. */
        record Refused(int status, String message) implements Outcome {}
    }

    private final AccountsFacade accounts;
    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private final SecurityLog log;
    private final Clock clock;

    public SignInFacade(AccountsFacade accounts, TwoFactor twoFactor, LoginThrottle throttle, SecurityLog log, Clock clock) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.log = log;
        this.clock = clock;
    }

    public Outcome withPassword(String name, String password, String address) {
        Optional<Outcome> blocked = blocked(name, address);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        Optional<User> user = accounts.authenticate(name, password);
        if (user.isEmpty()) {
            return failed(name, address, accounts.byName(name), "Failed sign-in: wrong password",
                    "The user name or the password is wrong.");
        }
        if (twoFactor.enabled(user.get().id())) {
            return new Outcome.SecondFactorNeeded(user.get());
        }
        return signedIn(user.get(), address, "Signed in with the password");
    }

    /** The second step, for the user whose password was right (the pending session names them). */
    public Outcome withCode(long pendingUserId, String code, String address) {
        Optional<User> user = accounts.byId(pendingUserId).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            return new Outcome.Refused(401, "This sign-in is no longer valid. Sign in again.");
        }
        Optional<Outcome> blocked = blocked(user.get().name(), address);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        if (!twoFactor.verify(user.get(), code, Optional.of(address))) {
            return failed(user.get().name(), address, user, "Failed sign-in: wrong authentication code",
                    "That code is wrong or was already used. Enter the current code from your authenticator app, or a recovery code.");
        }
        return signedIn(user.get(), address, "Signed in with the password and an authentication code");
    }

    private Optional<Outcome> blocked(String name, String address) {
        return throttle.blockedUntil(name, address).map(until -> {
            long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
            return new Outcome.Refused(429, "Too many failed sign-ins. Try again after " + HOUR.format(until)
                    + " UTC (in " + minutes + (minutes == 1 ? " minute" : " minutes") + ").");
        });
    }

    private Outcome failed(String name, String address, Optional<User> user, String detail, String message) {
        throttle.failed(name, address);
        user.ifPresent(u -> log.user(u.id(), "sign-in:failed", name, detail, Optional.of(address)));
        return new Outcome.Refused(401, message);
    }

    private Outcome signedIn(User user, String address, String detail) {
        throttle.succeeded(user.name());
        log.user(user.id(), "sign-in", user.name(), detail, Optional.of(address));
        return new Outcome.SignedIn(user);
    }
}
