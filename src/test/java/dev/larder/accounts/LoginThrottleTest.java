package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.db.Micros;
import dev.larder.testing.Backend;
import dev.larder.testing.MutableClock;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Failed sign-ins are limited per user name and per address, over a window the test clock crosses. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class LoginThrottleTest {
    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static MutableClock clock;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        clock = MutableClock.now();
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings(), null, clock);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshWindow() {
        // All requests come from 127.0.0.1: each test starts after the previous one's failures expired.
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
    }

    private static String newUser() {
        return AccountFixtures.newUser(server, "th");
    }

    private static HttpResponse<String> signIn(String name, String password) {
        WebClient web = new WebClient(server.baseUrl());
        web.get("/account/login/");
        return web.post("/account/login/", Map.of("username", name, "password", password));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedUntilTheWindowPasses() {
        String name = newUser();
        for (int i = 0; i < LoginThrottle.PER_USER; i++) {
            assertThat(signIn(name, "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = signIn(name, PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed sign-ins. Try again after").contains("(in 15 minutes)");
        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn(name, PASSWORD).statusCode()).as("still inside the window").isEqualTo(429);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(name, PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void fourFailuresDoNotBlock() {
        String name = newUser();
        for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
            signIn(name, "wrong");
        }
        assertThat(signIn(name, PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void aSuccessfulSignInClearsTheUsersCount() {
        String name = newUser();
        for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
            signIn(name, "wrong");
        }
        assertThat(signIn(name, PASSWORD).statusCode()).isEqualTo(303);
        for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
            signIn(name, "wrong");
        }
        assertThat(signIn(name, PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void theCountIgnoresTheCaseOfTheName() {
        String name = newUser();
        for (int i = 0; i < LoginThrottle.PER_USER; i++) {
            signIn(i % 2 == 0 ? name.toUpperCase() : name, "wrong");
        }
        assertThat(signIn(name, PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void twentyFailuresFromOneAddressBlockEveryNameFromIt() {
        String victim = newUser();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            signIn("nobody" + i, "wrong");
        }
        HttpResponse<String> blocked = signIn(victim, PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        clock.advance(LoginThrottle.WINDOW);
        assertThat(signIn(victim, PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void failuresAreRecordedInTheUsersHistory() {
        String name = newUser();
        signIn(name, "wrong");
        long id = server.larder().accounts().byName(name).orElseThrow().id();
        assertThat(server.larder().securityLog().ofUser(id, 10)).extracting(SecurityEvent::kind).contains("sign-in:failed");
    }

    @Test
    void rowsOlderThanTheWindowArePruned() {
        signIn("pruned-a", "wrong");
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
        signIn("pruned-b", "wrong");
        long old = server.larder().database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM login_failures WHERE failed_at < :t")
                .bind("t", Micros.of(clock.instant().minus(LoginThrottle.WINDOW))).mapTo(Long.class).one());
        assertThat(old).isZero();
        long recent = server.larder().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM login_failures WHERE subject = 'user:pruned-b'").mapTo(Long.class).one());
        assertThat(recent).isEqualTo(1);
    }
}
