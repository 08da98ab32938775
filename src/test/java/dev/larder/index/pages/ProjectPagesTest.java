package dev.larder.index.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Project and release pages: heading, install command, description, metadata, history, files and publishers. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ProjectPagesTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static PublisherFixture publishers;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) throws Exception {
        Path here = dir.resolve(backend.name());
        publishers = new PublisherFixture(here);
        server = TestServer.start(here.resolve("data"), backend.settings(), publishers.config);
        String alice = server.tokenFor("alice");
        PageUploads.upload(server, alice, "My.Project", "1.0", List.of(Map.entry("summary", "Does things"),
                Map.entry("description", "# Title\n\nSome *emphasis* and [a link](https://example.com/docs)."),
                Map.entry("description_content_type", "text/markdown"), Map.entry("license", "MIT License"),
                Map.entry("requires_python", ">=3.9"), Map.entry("author", "Alice Author"),
                Map.entry("project_urls", "Source, https://example.com/src"),
                Map.entry("classifiers", "Programming Language :: Python :: 3"), Map.entry("keywords", "tools,things")));
        PageUploads.upload(server, alice, "My.Project", "2.0rc1", List.of(Map.entry("description", "Plain *text*\n  indented"),
                Map.entry("description_content_type", "text/x-rst")));
        PageUploads.upload(server, alice, "My.Project", "0.9");
        server.larder().projects().yank("My.Project", "0.9", "broken build", "alice");
        server.larder().accounts().createUser("bob", "bob@example.com", null, false);
        server.larder().projects().setRole("My.Project", server.larder().accounts().byName("bob").orElseThrow().id(),
                dev.larder.projects.Role.Maintainer, "alice");
        PublisherFixture.trust(server, alice, "my-project", "dev");
        PublisherFixture.trust(server, alice, "my-project", "github");
        PageUploads.upload(server, publishers.uploadToken(server, Map.of("run_id", "4242")), "My.Project", "1.1");
        PageUploads.upload(server, publishers.uploadToken(server, Map.of("iss", PublisherFixture.GITHUB_ISSUER,
                "run_id", "777")), "My.Project", "1.2");
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
        publishers.close();
    }

    static HttpResponse<String> get(String path) {
        return new WebClient(server.baseUrl()).get(path);
    }

    static String filesTable(String html) {
        int start = html.indexOf("<table id=\"files\">");
        assertThat(start).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    @Test
    void theProjectPageShowsTheLatestFinalReleaseWithItsInstallCommandAndMetadata() {
        HttpResponse<String> r = get("/project/My.Project/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>My.Project 1.2</h1>")
                .contains("<pre id=\"install-command\">pip install --index-url " + server.baseUrl() + "/simple/ My.Project</pre>")
                .contains("<a href=\"/user/alice/\">alice</a> <span class=\"muted\">(Owner)</span>")
                .contains("<a href=\"/user/bob/\">bob</a> <span class=\"muted\">(Maintainer)</span>");
    }

    @Test
    void aNameSpelledAnotherWayRedirectsPermanentlyToTheCanonicalPage() {
        HttpResponse<String> r = get("/project/my_project/");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/project/My.Project/");
        HttpResponse<String> version = get("/project/my-project/1.0.0/");
        assertThat(version.statusCode()).isEqualTo(301);
        assertThat(version.headers().firstValue("Location")).contains("/project/My.Project/1.0/");
    }

    @Test
    void anAddressWithoutTheFinalSlashRedirectsToTheOneWithIt() {
        HttpResponse<String> r = get("/project/My.Project");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/project/My.Project/");
        assertThat(get("/user/alice").headers().firstValue("Location")).contains("/user/alice/");
        assertThat(get("/search?q=my").headers().firstValue("Location")).contains("/search/?q=my");
    }

    @Test
    void aReleasePageRendersItsMarkdownDescriptionAndMetadataSidebar() {
        HttpResponse<String> r = get("/project/My.Project/1.0/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>My.Project 1.0</h1>").contains("id=\"not-latest\"")
                .contains("<h1>Title</h1>").contains("<em>emphasis</em>")
                .contains("<a rel=\"nofollow ugc\" href=\"https://example.com/docs\">a link</a>")
                .contains("<dt>License</dt><dd class=\"license\">MIT License</dd>").contains("<dt>Requires Python</dt><dd>&gt;=3.9</dd>")
                .contains("Alice Author").contains("<li><a href=\"https://example.com/src\" rel=\"nofollow ugc\">Source</a></li>")
                .contains("<li>Programming Language :: Python :: 3</li>").contains("<li>tools</li><li>things</li>");
    }

    @Test
    void aReStructuredTextDescriptionIsShownAsPreformattedText() {
        HttpResponse<String> r = get("/project/My.Project/2.0rc1/");
        assertThat(r.body()).contains("<pre class=\"plain-description\">Plain *text*\n  indented</pre>")
                .contains("<span class=\"badge\">pre-release</span>");
    }

    @Test
    void theReleaseHistoryListsEveryVersionNewestFirstMarkingYanksAndPreReleases() {
        String body = get("/project/My.Project/").body();
        String history = body.substring(body.indexOf("id=\"release-history\""), body.indexOf("</ol>", body.indexOf("id=\"release-history\"")));
        assertThat(history).containsSubsequence("2.0rc1", "1.2", "1.1", "1.0", "0.9");
        assertThat(history).contains("<span class=\"badge yanked\">yanked</span> <span class=\"yank-reason\">broken build</span>");
        assertThat(get("/project/My.Project/0.9/").body()).contains("id=\"yanked-notice\"").contains("Reason: broken build");
    }

    @Test
    void aFileUploadedWithAUserTokenShowsItsHashSizeAndTheUser() {
        String files = filesTable(get("/project/My.Project/1.0/").body());
        assertThat(files).contains("<a href=\"/files/").contains("my_project-1.0-py3-none-any.whl</a>")
                .containsPattern("<td class=\"hash\">[0-9a-f]{64}</td>").containsPattern("data-bytes=\"[0-9]+\">[0-9.]+ kB</td>")
                .contains("<a href=\"/user/alice/\">alice</a>");
    }

    @Test
    void aFileFromATrustedPublisherShowsThePublisherAndTheRunButNoLinkForAnIssuerThatIsNotGitHubs() {
        String files = filesTable(get("/project/My.Project/1.1/").body());
        assertThat(files).contains("<span class=\"publisher\">").contains("myorg/myproject")
                .contains("<dt>Repository</dt><dd class=\"mono\">myorg/myproject</dd>")
                .contains("<dt>Ref</dt><dd class=\"mono\">refs/heads/main</dd>")
                .contains("<dt>Environment</dt><dd class=\"mono\">release</dd>")
                .contains("<dt>Run</dt><dd class=\"mono\">4242</dd>")
                .doesNotContain("run-link").doesNotContain("/user/alice/");
    }

    @Test
    void aFileFromGitHubsOwnIssuerLinksToTheWorkflowRun() {
        String files = filesTable(get("/project/My.Project/1.2/").body());
        assertThat(files).contains("<a class=\"run-link\" href=\"https://github.com/myorg/myproject/actions/runs/777\" rel=\"nofollow\">")
                .contains("<dt>Ref</dt><dd class=\"mono\">refs/heads/main</dd>")
                .contains("<dt>Workflow</dt><dd class=\"mono\">myorg/myproject/.github/workflows/release.yml@refs/heads/main</dd>");
    }

    @Test
    void anUnknownProjectOrVersionIsANotFoundPage() {
        HttpResponse<String> project = get("/project/no-such-thing/");
        assertThat(project.statusCode()).isEqualTo(404);
        assertThat(project.body()).contains("There is no project named");
        assertThat(get("/project/My.Project/9.9/").statusCode()).isEqualTo(404);
        assertThat(get("/project/My.Project/not%20a%20version/").statusCode()).isEqualTo(404);
    }

    @Test
    void aUserPageListsTheirProjectsWithTheirRoleAndUnknownUsersAreNotFound() {
        HttpResponse<String> bob = get("/user/bob/");
        assertThat(bob.statusCode()).isEqualTo(200);
        assertThat(bob.body()).contains("<h1>bob</h1>").contains("Joined <time")
                .contains("<td><a href=\"/project/My.Project/\">My.Project</a></td>").contains("<td>Maintainer</td>");
        assertThat(get("/user/nobody-here/").statusCode()).isEqualTo(404);
    }
}
