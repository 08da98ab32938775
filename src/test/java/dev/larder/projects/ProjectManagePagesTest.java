package dev.larder.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.accounts.SecurityEvent;
import dev.larder.testing.Backend;
import dev.larder.testing.PublishedProjects;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
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

/** The manage pages of projects: the list, settings (collaborators, switch, deletion), releases and history. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ProjectManagePagesTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static PublishedProjects seeds;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings());
        seeds = new PublishedProjects(server);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static Optional<Role> roleOf(String project, String user) {
        return server.larder().projects().roleOf(project, seeds.person(user).id());
    }

    private static boolean logged(String project, String kind) {
        return server.larder().securityLog().ofProject(project, 100).stream().map(SecurityEvent::kind).anyMatch(kind::equals);
    }

    @Test
    void theProjectListShowsEachProjectWithTheRoleTheLatestVersionAndLinksToManageIt() {
        seeds.publish("lister", "list-one", "1.0");
        seeds.publish("lister", "list-one", "1.2");
        seeds.publish("lister", "list-two", "0.1");
        HttpResponse<String> page = seeds.signedIn("lister").get("/manage/projects/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"projects\"")
                .contains("href=\"/manage/project/list-one/releases/\"").contains("href=\"/manage/project/list-one/settings/\"")
                .contains("href=\"/manage/project/list-two/releases/\"").contains("<td>1.2</td>").contains("<td>Owner</td>")
                .contains("href=\"/manage/account/publishing/\"");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInFirst() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/manage/projects/");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/account/login/?next=%2Fmanage%2Fprojects%2F");
    }

    @Test
    void anOwnerAddsAMaintainerWhoThenSeesTheSettingsReadOnly() {
        seeds.publish("owner1", "shared-one", "1.0");
        seeds.person("maint1");
        WebClient owner = seeds.signedIn("owner1");
        owner.get("/manage/project/shared-one/settings/");
        HttpResponse<String> r = owner.post("/manage/project/shared-one/settings/collaborators/",
                Map.of("username", "maint1", "role", "Maintainer"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(roleOf("shared-one", "maint1")).contains(Role.Maintainer);
        assertThat(logged("shared-one", "collaborator:added")).isTrue();
        HttpResponse<String> seen = seeds.signedIn("maint1").get("/manage/project/shared-one/settings/");
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("id=\"read-only\"").contains("maint1").doesNotContain("Add collaborator")
                .doesNotContain("Delete project");
        assertThat(seeds.signedIn("maint1").get("/manage/projects/").body()).contains("<td>Maintainer</td>");
    }

    @Test
    void anUnknownUserNameIsExplainedNextToTheFormWithTheValuesKept() {
        seeds.publish("owner2", "lonely", "1.0");
        WebClient owner = seeds.signedIn("owner2");
        owner.get("/manage/project/lonely/settings/");
        HttpResponse<String> r = owner.post("/manage/project/lonely/settings/collaborators/",
                Map.of("username", "nobody-here", "role", "Owner"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"collaborator-error\"").contains("There is no user named 'nobody-here'")
                .contains("value=\"nobody-here\"").contains("<option value=\"Owner\" selected>");
    }

    @Test
    void theLastOwnerCanNeitherBeRemovedNorMadeAMaintainer() {
        seeds.publish("owner3", "one-owner", "1.0");
        WebClient owner = seeds.signedIn("owner3");
        owner.get("/manage/project/one-owner/settings/");
        HttpResponse<String> removed = owner.post("/manage/project/one-owner/settings/collaborators/remove/", Map.of("username", "owner3"));
        assertThat(removed.statusCode()).isEqualTo(400);
        assertThat(removed.body()).contains("a project needs at least one Owner");
        HttpResponse<String> demoted = owner.post("/manage/project/one-owner/settings/collaborators/role/",
                Map.of("username", "owner3", "role", "Maintainer"));
        assertThat(demoted.statusCode()).isEqualTo(400);
        assertThat(roleOf("one-owner", "owner3")).contains(Role.Owner);
    }

    @Test
    void anOwnerPromotesAndRemovesACollaboratorAndBothAreLogged() {
        seeds.publish("owner4", "team-project", "1.0");
        seeds.person("helper4");
        WebClient owner = seeds.signedIn("owner4");
        owner.get("/manage/project/team-project/settings/");
        owner.post("/manage/project/team-project/settings/collaborators/", Map.of("username", "helper4", "role", "Maintainer"));
        HttpResponse<String> promoted = owner.post("/manage/project/team-project/settings/collaborators/role/",
                Map.of("username", "helper4", "role", "Owner"));
        assertThat(promoted.statusCode()).isEqualTo(303);
        assertThat(roleOf("team-project", "helper4")).contains(Role.Owner);
        // With two Owners, one may now step down.
        owner.get("/manage/project/team-project/settings/");
        assertThat(owner.post("/manage/project/team-project/settings/collaborators/remove/", Map.of("username", "helper4"))
                .statusCode()).isEqualTo(303);
        assertThat(roleOf("team-project", "helper4")).isEmpty();
        assertThat(logged("team-project", "collaborator:role-changed")).isTrue();
        assertThat(logged("team-project", "collaborator:removed")).isTrue();
    }

    @Test
    void anOwnerWhoStepsDownIsSentToTheirProjectListAndTheOtherOwnerRemains() {
        seeds.publish("owner11", "handover", "1.0");
        seeds.person("heir11");
        WebClient owner = seeds.signedIn("owner11");
        owner.get("/manage/project/handover/settings/");
        owner.post("/manage/project/handover/settings/collaborators/", Map.of("username", "heir11", "role", "Owner"));
        HttpResponse<String> left = owner.post("/manage/project/handover/settings/collaborators/remove/", Map.of("username", "owner11"));
        assertThat(left.statusCode()).isEqualTo(303);
        assertThat(left.headers().firstValue("Location")).contains("/manage/projects/");
        assertThat(roleOf("handover", "owner11")).isEmpty();
        assertThat(roleOf("handover", "heir11")).contains(Role.Owner);
        WebClient heir = seeds.signedIn("heir11");
        heir.get("/manage/project/handover/settings/");
        assertThat(heir.post("/manage/project/handover/settings/collaborators/remove/", Map.of("username", "heir11")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theTrustedPublishingOnlySwitchIsSavedAndLogged() {
        seeds.publish("owner5", "switched", "1.0");
        WebClient owner = seeds.signedIn("owner5");
        HttpResponse<String> page = owner.get("/manage/project/switched/settings/");
        assertThat(page.body()).contains("Allow uploads only from trusted publishers");
        assertThat(owner.post("/manage/project/switched/settings/trusted-publishing/", Map.of("trusted_publishing_only", "on"))
                .statusCode()).isEqualTo(303);
        assertThat(server.larder().projects().require("switched").trustedPublishingOnly()).isTrue();
        assertThat(owner.get("/manage/project/switched/settings/").body()).contains("name=\"trusted_publishing_only\" checked");
        owner.post("/manage/project/switched/settings/trusted-publishing/", Map.of());
        assertThat(server.larder().projects().require("switched").trustedPublishingOnly()).isFalse();
        assertThat(logged("switched", "setting:trusted-publishing-only")).isTrue();
    }

    @Test
    void deletingAProjectNeedsItsExactNameAndRemovesItsFiles() throws Exception {
        seeds.publish("owner6", "doomed", "1.0");
        String blob = server.larder().projects().detail("doomed").orElseThrow().files().get(0).path();
        WebClient owner = seeds.signedIn("owner6");
        owner.get("/manage/project/doomed/settings/");
        HttpResponse<String> wrong = owner.post("/manage/project/doomed/settings/delete/", Map.of("confirm_name", "doom"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"delete-error\"").contains("type its name exactly as shown: doomed")
                .contains("value=\"doom\"");
        assertThat(server.larder().projects().detail("doomed")).isPresent();
        HttpResponse<String> right = owner.post("/manage/project/doomed/settings/delete/", Map.of("confirm_name", "doomed"));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).contains("/manage/projects/");
        assertThat(server.larder().projects().detail("doomed")).isEmpty();
        assertThat(server.larder().blobs().size(blob)).isEmpty();
        assertThat(logged("doomed", "project:deleted")).isTrue();
        assertThat(owner.get("/manage/project/doomed/settings/").statusCode()).isEqualTo(404);
    }

    @Test
    void anOwnerYanksWithAReasonAndUnyanks() {
        seeds.publish("owner7", "yanky", "1.0");
        WebClient owner = seeds.signedIn("owner7");
        HttpResponse<String> page = owner.get("/manage/project/yanky/releases/");
        assertThat(page.body()).contains("Reason (optional)").contains(">Yank<").contains("Delete release").contains("Delete file");
        assertThat(owner.post("/manage/project/yanky/releases/yank/", Map.of("version", "1.0", "reason", "broken build"))
                .statusCode()).isEqualTo(303);
        Release yanked = server.larder().projects().detail("yanky").orElseThrow().releases().get(0);
        assertThat(yanked.yanked()).isTrue();
        assertThat(yanked.yankedReason()).contains("broken build");
        HttpResponse<String> after = owner.get("/manage/project/yanky/releases/");
        assertThat(after.body()).contains("Yanked because: broken build").contains("Un-yank");
        assertThat(owner.post("/manage/project/yanky/releases/unyank/", Map.of("version", "1.0")).statusCode()).isEqualTo(303);
        assertThat(server.larder().projects().detail("yanky").orElseThrow().releases().get(0).yanked()).isFalse();
    }

    @Test
    void deletingAFileAsksForItsNameFirst() {
        String file = seeds.publish("owner8", "filed", "1.0");
        seeds.publish("owner8", "filed", "2.0");
        WebClient owner = seeds.signedIn("owner8");
        HttpResponse<String> confirm = owner.get("/manage/project/filed/releases/delete-file/?filename=" + file);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Type the file name to confirm").contains("value=\"" + file + "\"");
        HttpResponse<String> wrong = owner.post("/manage/project/filed/releases/delete-file/", Map.of("filename", file, "confirm", "x.whl"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("exactly as shown");
        assertThat(server.larder().projects().detail("filed").orElseThrow().files()).hasSize(2);
        HttpResponse<String> right = owner.post("/manage/project/filed/releases/delete-file/", Map.of("filename", file, "confirm", file));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(server.larder().projects().detail("filed").orElseThrow().files()).extracting(DistFile::filename).doesNotContain(file);
    }

    @Test
    void deletingAReleaseAsksForItsVersionFirst() {
        seeds.publish("owner9", "versioned", "1.0");
        seeds.publish("owner9", "versioned", "2.0");
        WebClient owner = seeds.signedIn("owner9");
        assertThat(owner.get("/manage/project/versioned/releases/delete-release/?version=1.0").body())
                .contains("Type the version to confirm");
        HttpResponse<String> wrong = owner.post("/manage/project/versioned/releases/delete-release/", Map.of("version", "1.0", "confirm", "2.0"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(server.larder().projects().detail("versioned").orElseThrow().releases()).hasSize(2);
        owner.post("/manage/project/versioned/releases/delete-release/", Map.of("version", "1.0", "confirm", "1.0"));
        assertThat(server.larder().projects().detail("versioned").orElseThrow().releases()).extracting(Release::version)
                .containsExactly("2.0");
    }

    @Test
    void theHistoryShowsUploadsYanksAndCollaboratorChangesNewestFirst() {
        seeds.publish("owner10", "storied", "1.0");
        seeds.person("friend10");
        WebClient owner = seeds.signedIn("owner10");
        owner.get("/manage/project/storied/releases/");
        owner.post("/manage/project/storied/releases/yank/", Map.of("version", "1.0", "reason", ""));
        owner.post("/manage/project/storied/settings/collaborators/", Map.of("username", "friend10", "role", "Maintainer"));
        HttpResponse<String> page = owner.get("/manage/project/storied/history/");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("id=\"project-history\"").contains("add py3 file storied-1.0-py3-none-any.whl")
                .contains("yank release").contains("collaborator:added").contains("Added friend10 as Maintainer");
        assertThat(body.indexOf("collaborator:added")).isLessThan(body.indexOf("yank release"));
        assertThat(body.indexOf("yank release")).isLessThan(body.indexOf("add py3 file"));
    }
}
