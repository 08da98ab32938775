package dev.larder.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.accounts.SecurityEvent;
import dev.larder.config.HostPort;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.Backend;
import dev.larder.testing.PublishedProjects;
import dev.larder.testing.RawHttp;
import dev.larder.testing.Uploads;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The publishing pages: a project's trusted publishers and attempt log, and a user's pending publishers. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PublishingPagesTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static DevIssuer issuer;
    static TestServer server;
    static PublishedProjects seeds;
    static final String AUDIENCE = "larder-pages";

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) throws Exception {
        issuer = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("keys-" + backend.name()), DevClaims.github());
        Path config = dir.resolve("larder-" + backend.name() + ".yaml");
        Files.writeString(config, "trusted-publishing:\n  audience: " + AUDIENCE + "\n  issuers:\n"
                + "    - name: dev\n      type: github\n      url: " + issuer.url() + "\n");
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings(), config);
        seeds = new PublishedProjects(server);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
        issuer.close();
    }

    private static Map<String, String> github(String repository, String environment) {
        return Map.of("issuer", "dev", "owner", "myorg", "repository", repository, "workflow", "release.yml",
                "environment", environment, "ref_pattern", "", "reusable_workflow", "");
    }

    private static boolean logged(String project, String kind) {
        return server.larder().securityLog().ofProject(project, 100).stream().map(SecurityEvent::kind).anyMatch(kind::equals);
    }

    private static String publishers(String project) {
        return server.larder().management().publishers(ManagementFacade.Caller.signedIn(
                seeds.person("pub-owner"), Optional.empty()), project).toString();
    }

    @Test
    void theGitHubFormHasTheAgreedLabelsAndTheWarning() {
        seeds.publish("pub-owner", "labelled", "1.0");
        HttpResponse<String> page = seeds.signedIn("pub-owner").get("/manage/project/labelled/settings/publishing/");
        assertThat(page.statusCode()).isEqualTo(200);
        for (String label : new String[] {"Owner", "Repository name", "Workflow name", "Environment name (optional)",
                "Ref (optional)", "Reusable workflow (optional)"}) {
            assertThat(page.body()).contains(">" + label + "</label>");
        }
        assertThat(page.body()).contains("id=\"add-github\"").contains("id=\"publishers\"").contains("id=\"publishing-attempts\"")
                .contains("A wrong owner, repository or workflow is the same as giving that repository an upload token");
    }

    @Test
    void anOwnerAddsAPublisherAndRemovesItAndBothAreLogged() {
        seeds.publish("pub-owner", "published", "1.0");
        WebClient owner = seeds.signedIn("pub-owner");
        owner.get("/manage/project/published/settings/publishing/");
        HttpResponse<String> added = owner.post("/manage/project/published/settings/publishing/", github("published", "release"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        HttpResponse<String> page = owner.get("/manage/project/published/settings/publishing/");
        assertThat(page.body()).contains("GitHub myorg/published, workflow release.yml");
        String id = server.larder().management().publishers(ManagementFacade.Caller.signedIn(seeds.person("pub-owner"), Optional.empty()),
                "published").get(0).id();
        assertThat(page.body()).contains("name=\"publisher_id\" value=\"" + id + "\"");
        assertThat(logged("published", "publisher:added")).isTrue();
        HttpResponse<String> removed = owner.post("/manage/project/published/settings/publishing/remove/", Map.of("publisher_id", id));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(publishers("published")).isEqualTo("[]");
        assertThat(logged("published", "publisher:removed")).isTrue();
    }

    @Test
    void aWrongFieldShowsTheFacadesMessageNextToTheFormWithTheValuesKept() {
        seeds.publish("pub-owner", "mistyped", "1.0");
        WebClient owner = seeds.signedIn("pub-owner");
        owner.get("/manage/project/mistyped/settings/publishing/");
        Map<String, String> form = new java.util.HashMap<>(github("mistyped", ""));
        form.put("workflow", "release");
        HttpResponse<String> r = owner.post("/manage/project/mistyped/settings/publishing/", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"publisher-error\"").contains("workflow:").contains("value=\"myorg\"")
                .contains("value=\"release\"");
        assertThat(publishers("mistyped")).isEqualTo("[]");
    }

    @Test
    void aRefusedExchangeIsInTheAttemptsLogWithItsClaimsAndReasonEscaped() {
        seeds.publish("pub-owner", "myproject", "1.0");
        WebClient owner = seeds.signedIn("pub-owner");
        owner.get("/manage/project/myproject/settings/publishing/");
        assertThat(owner.post("/manage/project/myproject/settings/publishing/", github("myproject", "release")).statusCode()).isEqualTo(303);
        String evil = "<script>alert(1)</script>";
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(),
                ("{\"token\":\"" + issuer.mint(AUDIENCE, Map.of("environment", evil)) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        HttpResponse<String> page = owner.get("/manage/project/myproject/settings/publishing/");
        String attempts = page.body().substring(page.body().indexOf("id=\"publishing-attempts\""));
        assertThat(attempts).contains("refused").contains("myorg/myproject").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("does not match").doesNotContain("<script>");
    }

    @Test
    void anUploadByTheTrustedPublisherIsInTheProjectHistoryWithItsRun() {
        seeds.publish("hist-owner", "traced", "1.0");
        WebClient owner = seeds.signedIn("hist-owner");
        owner.get("/manage/project/traced/settings/publishing/");
        assertThat(owner.post("/manage/project/traced/settings/publishing/", github("traced", "release")).statusCode()).isEqualTo(303);
        RawHttp.Response minted = RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(),
                ("{\"token\":\"" + issuer.mint(AUDIENCE, Map.of("repository", "myorg/traced", "environment", "release",
                        "ref", "refs/tags/v1.1", "run_id", "8080",
                        "job_workflow_ref", "myorg/traced/.github/workflows/release.yml@refs/tags/v1.1",
                        "workflow_ref", "myorg/traced/.github/workflows/release.yml@refs/tags/v1.1")) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(minted.status()).as(minted.text()).isEqualTo(200);
        String token = minted.text().replaceAll(".*\"token\":\"(pypi-[^\"]+)\".*", "$1");
        byte[] wheel = TestDistributions.wheel("traced", "traced", "1.1", "1.1");
        RawHttp.Response upload = Uploads.post(server, Uploads.tokenAuth(token),
                Uploads.wheelForm("traced", "1.1", "traced-1.1-py3-none-any.whl", wheel).build());
        assertThat(upload.status()).isEqualTo(200);
        String history = owner.get("/manage/project/traced/history/").body();
        String row = history.substring(history.indexOf("add py3 file traced-1.1-py3-none-any.whl"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("trusted publisher").contains("Repository myorg/traced").contains("Ref refs/tags/v1.1")
                .contains("Run 8080");
    }

    @Test
    void aPendingPublisherIsAddedListedAndRemovedWithinTheLimit() {
        seeds.person("pender");
        WebClient user = seeds.signedIn("pender");
        HttpResponse<String> page = user.get("/manage/account/publishing/");
        assertThat(page.body()).contains(">Project name</label>").contains("id=\"add-pending-github\"")
                .contains("id=\"pending-publishers\"").contains("up to " + server.larder().management().maxPendingPerUser());
        for (int i = 1; i <= 3; i++) {
            Map<String, String> form = new java.util.HashMap<>(github("future" + i, ""));
            form.put("project_name", "future-" + i);
            assertThat(user.post("/manage/account/publishing/", form).statusCode()).isEqualTo(303);
        }
        Map<String, String> fourth = new java.util.HashMap<>(github("future4", ""));
        fourth.put("project_name", "future-4");
        HttpResponse<String> refused = user.post("/manage/account/publishing/", fourth);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("more than 3 pending publishers").contains("value=\"future-4\"");
        var caller = ManagementFacade.Caller.signedIn(seeds.person("pender"), Optional.empty());
        assertThat(server.larder().management().pending(caller)).hasSize(3);
        String id = server.larder().management().pending(caller).get(0).id();
        user.get("/manage/account/publishing/");
        assertThat(user.post("/manage/account/publishing/remove/", Map.of("pending_id", id)).statusCode()).isEqualTo(303);
        assertThat(server.larder().management().pending(caller)).hasSize(2);
        assertThat(server.larder().securityLog().ofUser(seeds.person("pender").id(), 50)).extracting(SecurityEvent::kind)
                .contains("pending-publisher:added", "pending-publisher:removed");
    }

    @Test
    void aPendingPublisherForAnExistingProjectIsExplained() {
        seeds.publish("someone", "taken-name", "1.0");
        WebClient user = seeds.signedIn("pender2");
        user.get("/manage/account/publishing/");
        Map<String, String> form = new java.util.HashMap<>(github("taken", ""));
        form.put("project_name", "taken-name");
        HttpResponse<String> r = user.post("/manage/account/publishing/", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("already exists");
    }
}
