package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The sign-up page, and the switch that closes it. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RegistrationTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings());
        server.larder().accounts().createUser("root", "root@example.com", "admin password", true);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static Map<String, String> form(String name, String password, String confirm) {
        Map<String, String> f = new HashMap<>();
        f.put("username", name);
        f.put("email", name + "@example.com");
        f.put("password", password);
        f.put("confirm_password", confirm);
        return f;
    }

    private static HttpResponse<String> register(WebClient web, Map<String, String> form) {
        web.get("/account/register/");
        return web.post("/account/register/", form);
    }

    @Test
    void aNewUserIsCreatedSignedInAndSentToTheirProjects() {
        WebClient web = new WebClient(server.baseUrl());
        HttpResponse<String> page = web.get("/account/register/");
        assertThat(page.body()).contains("User name").contains("Email address").contains("Confirm password").contains("Create account");
        HttpResponse<String> r = web.post("/account/register/", form("newcomer", "long enough pw", "long enough pw"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/manage/projects/");
        assertThat(web.get("/manage/account/").body()).contains("newcomer").contains("newcomer@example.com");
        assertThat(server.larder().accounts().authenticate("newcomer", "long enough pw")).isPresent();
        assertThat(server.larder().accounts().byName("newcomer").orElseThrow().admin()).isFalse();
    }

    @Test
    void aConfirmationThatDiffersIsRefusedAndTheFormKeepsTheValues() {
        HttpResponse<String> r = register(new WebClient(server.baseUrl()), form("mismatch", "long enough pw", "long enough pX"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("The two passwords are not the same").contains("value=\"mismatch\"")
                .contains("value=\"mismatch@example.com\"");
        assertThat(server.larder().accounts().byName("mismatch")).isEmpty();
    }

    @Test
    void aTakenNameIsRefusedWithAMessage() {
        HttpResponse<String> r = register(new WebClient(server.baseUrl()), form("ROOT", "long enough pw", "long enough pw"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("The user name").contains("ROOT").contains("is already taken");
    }

    @Test
    void aShortPasswordIsRefused() {
        HttpResponse<String> r = register(new WebClient(server.baseUrl()), form("shorty", "short", "short"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at least 8 characters");
        assertThat(server.larder().accounts().byName("shorty")).isEmpty();
    }

    @Test
    void anInvalidNameIsRefused() {
        HttpResponse<String> r = register(new WebClient(server.baseUrl()), form("-bad name-", "long enough pw", "long enough pw"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("is not a valid user name");
    }

    @Test
    void whenAnAdminClosesRegistrationThePageSaysSoAndPostsAreRefused() {
        WebClient admin = new WebClient(server.baseUrl()).signIn("root", "admin password");
        admin.get("/admin/settings/");
        assertThat(admin.post("/admin/settings/", Map.of()).statusCode()).isEqualTo(303);
        try {
            WebClient web = new WebClient(server.baseUrl());
            HttpResponse<String> page = web.get("/account/register/");
            assertThat(page.body()).contains("Registration is closed on this index").doesNotContain("Create account");
            web.get("/account/login/"); // a valid form token, so that only the closed registration refuses the form
            HttpResponse<String> r = web.post("/account/register/", form("latecomer", "long enough pw", "long enough pw"));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Registration is closed on this index");
            assertThat(server.larder().accounts().byName("latecomer")).isEmpty();
        } finally {
            admin.get("/admin/settings/");
            admin.post("/admin/settings/", Map.of("registration", "open"));
        }
        assertThat(register(new WebClient(server.baseUrl()), form("latecomer", "long enough pw", "long enough pw")).statusCode())
                .isEqualTo(303);
    }

    @Test
    void theConfigurationCanStartWithRegistrationClosedAndTheAdminOpensIt(@TempDir Path other) {
        try (TestServer closed = TestServer.start(other, backend.settings(Map.of("registration", "false")))) {
            closed.larder().accounts().createUser("boss", "boss@example.com", "admin password", true);
            WebClient web = new WebClient(closed.baseUrl());
            assertThat(web.get("/account/register/").body()).contains("Registration is closed on this index");
            WebClient admin = new WebClient(closed.baseUrl()).signIn("boss", "admin password");
            assertThat(admin.get("/admin/settings/").body()).contains("Anyone may register").doesNotContain("checked");
            admin.post("/admin/settings/", Map.of("registration", "open"));
            assertThat(admin.get("/admin/settings/").body()).contains("checked");
            assertThat(register(web, form("early", "long enough pw", "long enough pw")).statusCode()).isEqualTo(303);
        }
    }
}
