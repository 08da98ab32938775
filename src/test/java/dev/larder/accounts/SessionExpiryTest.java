package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.MutableClock;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions end on the server when their time is up, and their rows do not pile up. */
class SessionExpiryTest {
    @TempDir
    Path dir;

    private static long sessionRows(TestServer server) {
        return server.larder().database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM web_sessions").mapTo(Long.class).one());
    }

    @Test
    void anIdleSessionIsSignedOutAndExpiredRowsAreRemoved() {
        MutableClock clock = MutableClock.now();
        try (TestServer server = TestServer.start(dir, Map.of(), null, clock)) {
            server.larder().accounts().createUser("idle", "idle@example.com", "correct horse battery", false);
            WebClient idle = new WebClient(server.baseUrl()).signIn("idle", "correct horse battery");
            for (int i = 0; i < 3; i++) {
                new WebClient(server.baseUrl()).get("/account/login/");
            }
            assertThat(sessionRows(server)).isEqualTo(4);
            assertThat(idle.get("/manage/account/").statusCode()).isEqualTo(200);

            clock.advance(SessionsFacade.IDLE.plus(Duration.ofMinutes(1)));
            assertThat(idle.get("/manage/account/").statusCode()).as("sent to sign in again").isEqualTo(303);
            new WebClient(server.baseUrl()).get("/account/login/");
            assertThat(sessionRows(server)).as("only the new visitor's session is left").isEqualTo(1);
        }
    }
}
