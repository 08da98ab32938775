package dev.larder.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Limits guessing: at most {@link #PER_USER} failed sign-ins for one user name and
 * {@link #PER_ADDRESS} from one address within {@link #WINDOW}. While over either limit, sign-in
 * is refused even with the right password, so guessing cannot go on in the background. The count
 * lives in the database, so all instances behind a load balancer share it. Wrong second-factor
 * codes count as failures too. A successful sign-in clears the user's count (not the address's,
 * which would let one account reset the limit for guesses at others).
 */
public final class LoginThrottle {
    public static final int PER_USER = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginFailureRepository failures;
    private final Clock clock;

    public LoginThrottle(LoginFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** When sign-in for this name from this address is allowed again; empty when it is allowed now. */
    public Optional<Instant> blockedUntil(String userName, String address) {
        Instant now = clock.instant();
        Instant from = now.minus(WINDOW);
        Optional<Instant> byUser = until(failures.since(userSubject(userName), from), PER_USER);
        Optional<Instant> byAddress = until(failures.since(addressSubject(address), from), PER_ADDRESS);
        return byUser.isPresent() && byAddress.isPresent()
                ? Optional.of(byUser.get().isAfter(byAddress.get()) ? byUser.get() : byAddress.get())
                : byUser.or(() -> byAddress);
    }

    public void failed(String userName, String address) {
        Instant now = clock.instant();
        failures.add(userSubject(userName), now);
        failures.add(addressSubject(address), now);
        // Rows older than the window never count again; dropping them here keeps the table small.
        failures.prune(now.minus(WINDOW));
    }

    public void succeeded(String userName) {
        failures.clear(userSubject(userName));
    }

    /** Over the limit until enough of the oldest failures leave the window to get below it. */
    private static Optional<Instant> until(List<Instant> inWindow, int limit) {
        if (inWindow.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(inWindow.get(inWindow.size() - limit).plus(WINDOW));
    }

    private static String userSubject(String name) {
        return "user:" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressSubject(String address) {
        return "address:" + address;
    }
}
