package dev.larder.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.PublishedProjects;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import dev.larder.trust.ManagementFacade;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may do what on the manage pages: forms without the session's CSRF token change nothing,
 * Maintainers only look, other users neither look nor change, and what people typed is escaped.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ManagePagesSecurityTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static PublishedProjects seeds;
    static String file;
    static String publisherId;
    static final String PROJECT = "guarded";
    static final String BASE = "/manage/project/" + PROJECT + "/";

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings());
        seeds = new PublishedProjects(server);
        file = seeds.publish("keeper", PROJECT, "1.0");
        seeds.person("helper");
        seeds.person("stranger");
        server.larder().projects().setRole(PROJECT, seeds.person("helper").id(), Role.Maintainer, "test");
        publisherId = server.larder().management().addPublisher(
                ManagementFacade.Caller.signedIn(seeds.person("keeper"), Optional.empty()), PROJECT,
                Map.of("issuer", "github", "owner", "myorg", "repository", "guarded", "workflow", "release.yml")).id();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    /** Every change the manage pages offer on the project, as a path and the fields its form sends. */
    private static List<Map.Entry<String, Map<String, String>>> changes() {
        return List.of(
                Map.entry(BASE + "releases/yank/", Map.of("version", "1.0", "reason", "x")),
                Map.entry(BASE + "releases/delete-file/", Map.of("filename", file, "confirm", file)),
                Map.entry(BASE + "releases/delete-release/", Map.of("version", "1.0", "confirm", "1.0")),
                Map.entry(BASE + "settings/collaborators/", Map.of("username", "stranger", "role", "Owner")),
                Map.entry(BASE + "settings/collaborators/role/", Map.of("username", "helper", "role", "Owner")),
                Map.entry(BASE + "settings/collaborators/remove/", Map.of("username", "keeper")),
                Map.entry(BASE + "settings/trusted-publishing/", Map.of("trusted_publishing_only", "on")),
                Map.entry(BASE + "settings/publishing/", Map.of("issuer", "github", "owner", "evil", "repository", "evil",
                        "workflow", "release.yml")),
                Map.entry(BASE + "settings/publishing/remove/", Map.of("publisher_id", publisherId)),
                Map.entry(BASE + "settings/delete/", Map.of("confirm_name", PROJECT)));
    }

    /** What the changes above would change, to compare before and after. */
    private static String state() {
        ProjectDetail d = server.larder().projects().detail(PROJECT).orElseThrow();
        String publishers = server.larder().management().publishers(
                ManagementFacade.Caller.signedIn(seeds.person("keeper"), Optional.empty()), PROJECT).toString();
        return d.releases() + "|" + d.files().size() + "|" + d.roles() + "|" + d.project().trustedPublishingOnly() + "|" + publishers;
    }

    /** Sends every change as a form from the page (for its CSRF token); each is refused with the message, and nothing changes. */
    private static void assertEveryChangeRefused(WebClient client, String page, String message) {
        String before = state();
        for (var change : changes()) {
            client.get(page);
            HttpResponse<String> r = client.post(change.getKey(), change.getValue());
            assertThat(r.statusCode()).as(change.getKey()).isEqualTo(403);
            assertThat(r.body()).as(change.getKey()).contains(message);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void formsWithoutOrWithAWrongCsrfTokenAreRefusedAndChangeNothing() {
        WebClient owner = seeds.signedIn("keeper");
        owner.get(BASE + "settings/");
        String before = state();
        for (var change : changes()) {
            HttpResponse<String> missing = owner.postRaw(change.getKey(), change.getValue(), Map.of());
            assertThat(missing.statusCode()).as(change.getKey()).isEqualTo(403);
            Map<String, String> forged = new HashMap<>(change.getValue());
            forged.put("csrf_token", "not-the-token-of-this-session");
            assertThat(owner.postRaw(change.getKey(), forged, Map.of()).statusCode()).as(change.getKey()).isEqualTo(403);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aMaintainerSeesThePagesButEveryChangeIsRefused() {
        WebClient maintainer = seeds.signedIn("helper");
        for (String page : List.of("settings/", "settings/publishing/", "releases/", "history/")) {
            HttpResponse<String> r = maintainer.get(BASE + page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            // The history page has nothing to change; the others say why their forms are missing.
            assertThat(r.body().contains("id=\"read-only\"")).as(page).isEqualTo(!page.equals("history/"));
        }
        assertEveryChangeRefused(maintainer, BASE + "settings/", "nly Owners");
        assertThat(maintainer.get(BASE + "releases/delete-release/?version=1.0").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherUsersProjectCanNeitherBeSeenNorChanged() {
        WebClient stranger = seeds.signedIn("stranger");
        for (String page : List.of("settings/", "settings/publishing/", "releases/", "history/")) {
            HttpResponse<String> r = stranger.get(BASE + page);
            assertThat(r.statusCode()).as(page).isEqualTo(403);
            assertThat(r.body()).as(page).doesNotContain(file);
        }
        assertEveryChangeRefused(stranger, "/manage/projects/", "");
        assertThat(stranger.get("/manage/project/no-such-project/settings/").statusCode()).isEqualTo(404);
    }

    @Test
    void whatPeopleTypedIsShownEscapedOnTheHistoryAndReleasesPages() {
        String evil = "<script>alert(1)</script>";
        server.larder().securityLog().project(PROJECT, "test:event", evil, "detail " + evil, Optional.empty());
        server.larder().projects().yank(PROJECT, "1.0", evil, "keeper");
        try {
            WebClient owner = seeds.signedIn("keeper");
            HttpResponse<String> history = owner.get(BASE + "history/");
            assertThat(history.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(evil);
            HttpResponse<String> releases = owner.get(BASE + "releases/");
            assertThat(releases.body()).contains("Yanked because: &lt;script&gt;").doesNotContain(evil);
        } finally {
            server.larder().projects().unyank(PROJECT, "1.0", "keeper");
        }
    }
}
