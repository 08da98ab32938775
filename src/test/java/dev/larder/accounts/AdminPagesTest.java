package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.MutableClock;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The administrators' pages: users (disable, enable, reset two-factor), issuers and settings. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AdminPagesTest {
    private static final String PASSWORD = AccountFixtures.PASSWORD;
    private static final List<String> ADMIN_PAGES = List.of("/admin/", "/admin/users/", "/admin/issuers/", "/admin/settings/");

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static MutableClock clock;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) throws Exception {
        clock = MutableClock.now();
        Path config = dir.resolve("larder-" + backend.name() + ".yaml");
        Files.writeString(config, "trusted-publishing:\n  issuers:\n"
                + "    - name: inhouse\n      type: gitlab\n      url: https://gitlab.example.com\n");
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings(), config, clock);
        if (server.larder().accounts().byName("root").isEmpty()) {
            server.larder().accounts().createUser("root", "root@example.com", PASSWORD, true);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static String newUser() {
        return AccountFixtures.newUser(server, "adm");
    }

    private static WebClient admin() {
        return new WebClient(server.baseUrl()).signIn("root", PASSWORD);
    }

    private static HttpResponse<String> act(WebClient admin, String action, String user) {
        admin.get("/admin/users/");
        return admin.post("/admin/users/" + action + "/", Map.of("username", user));
    }

    private static RawHttp.Response upload(String token, String project) {
        return AccountFixtures.upload(server, token, project, "1.0");
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndOtherUsersAreRefused() {
        WebClient nobody = new WebClient(server.baseUrl());
        WebClient user = new WebClient(server.baseUrl()).signIn(newUser(), PASSWORD);
        for (String page : ADMIN_PAGES) {
            assertThat(nobody.get(page).headers().firstValue("Location")).as(page).get().asString().startsWith("/account/login/");
            assertThat(user.get(page).statusCode()).as(page).isEqualTo(403);
        }
        user.get("/manage/account/");
        assertThat(user.post("/admin/settings/", Map.of("registration", "open")).statusCode()).isEqualTo(403);
        assertThat(user.post("/admin/users/disable/", Map.of("username", "root")).statusCode()).isEqualTo(403);
        assertThat(server.larder().accounts().byName("root").orElseThrow().disabled()).isFalse();
    }

    @Test
    void theAdminSeesEveryPage() {
        WebClient admin = admin();
        for (String page : ADMIN_PAGES) {
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
        }
        String name = newUser();
        assertThat(admin.get("/admin/users/").body()).contains("id=\"users\"").contains(name).contains(">Disable<")
                .contains(">Reset two-factor<");
        assertThat(admin.get("/admin/issuers/").body()).contains("inhouse").contains("GitLab").contains("https://gitlab.example.com")
                .contains("https://token.actions.githubusercontent.com");
        assertThat(admin.get("/admin/settings/").body()).contains("Anyone may register").contains("Save settings");
    }

    @Test
    void aDisabledUserIsSignedOutCannotSignInAndTheirTokensStopWorking() {
        String name = newUser();
        String token = server.tokenFor(name);
        WebClient live = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        assertThat(live.get("/manage/account/").statusCode()).isEqualTo(200);

        assertThat(act(admin(), "disable", name).statusCode()).isEqualTo(303);
        assertThat(live.get("/manage/account/").statusCode()).as("the live session stopped working").isEqualTo(303);
        WebClient again = new WebClient(server.baseUrl());
        again.get("/account/login/");
        assertThat(again.post("/account/login/", Map.of("username", name, "password", PASSWORD)).statusCode()).isEqualTo(401);
        assertThat(upload(token, "dis-" + name).status()).isEqualTo(403);
        assertThat(admin().get("/admin/users/").body()).contains(">Enable<");

        assertThat(act(admin(), "enable", name).statusCode()).isEqualTo(303);
        assertThat(upload(token, "dis-" + name).status()).isEqualTo(200);
        new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        assertThat(server.larder().securityLog().ofUser(server.larder().accounts().byName(name).orElseThrow().id(), 10))
                .extracting(SecurityEvent::kind).contains("account:disabled", "account:enabled");
    }

    @Test
    void anAdminCannotDisableThemselves() {
        HttpResponse<String> r = act(admin(), "disable", "root");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("You cannot disable your own account.");
    }

    @Test
    void resettingTwoFactorLetsTheUserSignInWithThePasswordAloneAndIsRecorded() {
        String name = newUser();
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        AuthenticatorApp.enrol(web, clock);
        WebClient before = new WebClient(server.baseUrl());
        before.get("/account/login/");
        assertThat(before.post("/account/login/", Map.of("username", name, "password", PASSWORD)).headers().firstValue("Location"))
                .get().asString().startsWith("/account/two-factor/");

        assertThat(act(admin(), "reset-two-factor", name).statusCode()).isEqualTo(303);
        clock.advance(Duration.ofSeconds(1));
        new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        long id = server.larder().accounts().byName(name).orElseThrow().id();
        assertThat(server.larder().securityLog().ofUser(id, 10)).extracting(SecurityEvent::kind).contains("2fa:reset");
        long codes = server.larder().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM recovery_codes WHERE user_id = :u").bind("u", id).mapTo(Long.class).one());
        assertThat(codes).isZero();
    }

    @Test
    void anUnknownUserIsABadRequestNotAnError() {
        HttpResponse<String> r = act(admin(), "disable", "no-such-user");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("There is no user named");
    }
}
