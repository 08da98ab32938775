package dev.larder.testing;

import dev.larder.accounts.User;
import java.util.HashMap;
import java.util.Map;

/** Sets up people and published projects on a test server, for page tests that need something to manage. */
public final class PublishedProjects {
    public static final String PASSWORD = "correct horse battery";

    private final TestServer server;
    private final Map<String, String> tokens = new HashMap<>();

    public PublishedProjects(TestServer server) {
        this.server = server;
    }

    /** A user who can sign in with {@link #PASSWORD}; created on first use. */
    public User person(String name) {
        return server.larder().accounts().byName(name)
                .orElseGet(() -> server.larder().accounts().createUser(name, name + "@example.com", PASSWORD, false));
    }

    /** Uploads one wheel of the version with the user's API token (the first upload makes the user Owner). */
    public String publish(String user, String project, String version) {
        person(user);
        String token = tokens.computeIfAbsent(user, u -> server.tokenFor(u));
        String dist = project.replace('-', '_');
        String filename = dist + "-" + version + "-py3-none-any.whl";
        byte[] wheel = TestDistributions.wheel(dist, project, version, version);
        RawHttp.Response r = Uploads.post(server, Uploads.tokenAuth(token), Uploads.wheelForm(project, version, filename, wheel).build());
        if (r.status() != 200) {
            throw new IllegalStateException("upload failed with " + r.status() + ": " + r.reason());
        }
        return filename;
    }

    /** A browser signed in as the user. */
    public WebClient signedIn(String user) {
        person(user);
        return new WebClient(server.baseUrl()).signIn(user, PASSWORD);
    }
}
