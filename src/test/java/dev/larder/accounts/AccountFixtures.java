package dev.larder.accounts;

import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.util.concurrent.atomic.AtomicInteger;

/** What the account page tests set up: users with a known password, and uploads with their tokens. */
final class AccountFixtures {
    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger USERS = new AtomicInteger();

    private AccountFixtures() {}

    /** A new non-admin user named {@code prefix} plus a number, with {@link #PASSWORD}. */
    static String newUser(TestServer server, String prefix) {
        String name = prefix + USERS.incrementAndGet();
        server.larder().accounts().createUser(name, name + "@example.com", PASSWORD, false);
        return name;
    }

    /** Uploads a small wheel of the project with the token. */
    static RawHttp.Response upload(TestServer server, String token, String project, String version) {
        String dist = project.replace('-', '_');
        byte[] wheel = TestDistributions.wheel(dist, project, version, version);
        return Uploads.post(server, Uploads.tokenAuth(token),
                Uploads.wheelForm(project, version, dist + "-" + version + "-py3-none-any.whl", wheel).build());
    }
}
