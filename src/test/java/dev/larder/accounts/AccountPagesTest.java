package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The signed-in user's account pages: overview, password, API tokens, security history, signing out. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AccountPagesTest {
    private static final String PASSWORD = AccountFixtures.PASSWORD;
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*>(pypi-[^<]+)<");
    private static final Pattern TOKEN_ID = Pattern.compile("name=\"token_id\" value=\"([^\"]+)\"");

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static String newUser() {
        return AccountFixtures.newUser(server, "acct");
    }

    private static RawHttp.Response upload(String token, String project, String version) {
        return AccountFixtures.upload(server, token, project, version);
    }

    private static String createToken(WebClient web, String name, String scope, String expires) {
        web.get("/manage/account/token/");
        HttpResponse<String> r = web.post("/manage/account/token/", Map.of("name", name, "scope", scope, "expires", expires));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = NEW_TOKEN.matcher(r.body());
        assertThat(m.find()).as("the new token is shown").isTrue();
        return m.group(1);
    }

    private static String sessionCookie(WebClient web) {
        return web.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("larder-session")).map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndBack() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/manage/account/token/");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/account/login/?next=%2Fmanage%2Faccount%2Ftoken%2F");
    }

    @Test
    void theOverviewShowsNameEmailTwoFactorStateAndLinks() {
        String name = newUser();
        HttpResponse<String> page = new WebClient(server.baseUrl()).signIn(name, PASSWORD).get("/manage/account/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name).contains(name + "@example.com").contains("id=\"two-factor-state\"")
                .contains("/manage/account/password/").contains("/manage/account/token/")
                .contains("/manage/account/publishing/").contains("/manage/account/history/");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        String name = newUser();
        WebClient elsewhere = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        web.get("/manage/account/password/");
        HttpResponse<String> wrong = web.post("/manage/account/password/", Map.of("current_password", "not it",
                "new_password", "brand new secret", "confirm_password", "brand new secret"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The current password is wrong.");
        HttpResponse<String> mismatch = web.post("/manage/account/password/", Map.of("current_password", PASSWORD,
                "new_password", "brand new secret", "confirm_password", "brand new secreT"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        HttpResponse<String> ok = web.post("/manage/account/password/", Map.of("current_password", PASSWORD,
                "new_password", "brand new secret", "confirm_password", "brand new secret"));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(web.get("/manage/account/").statusCode()).as("this session goes on").isEqualTo(200);
        assertThat(elsewhere.get("/manage/account/").statusCode()).as("the other session ended").isEqualTo(303);
        assertThat(server.larder().accounts().authenticate(name, PASSWORD)).isEmpty();
        assertThat(server.larder().accounts().authenticate(name, "brand new secret")).isPresent();
        assertThat(web.get("/manage/account/history/").body()).contains("password:changed");
    }

    @Test
    void aUserWideTokenIsShownOnceListedAndItsUploadsAppearInTheHistory() {
        String name = newUser();
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        String token = createToken(web, "laptop", "", "30d");
        HttpResponse<String> list = web.get("/manage/account/token/");
        assertThat(list.body()).doesNotContain(token).contains("id=\"api-tokens\"").contains("laptop").contains("All projects");
        RawHttp.Response up = upload(token, "tok-" + name, "1.0");
        assertThat(up.status()).as(up.text()).isEqualTo(200);
        String history = web.get("/manage/account/history/").body();
        assertThat(history).contains("id=\"security-history\"").contains("token:created").contains("token:used")
                .contains("tok_" + name + "-1.0-py3-none-any.whl").contains("laptop");
        assertThat(history.split("token:used", -1)).as("one row per upload").hasSize(2);
    }

    @Test
    void theScopeListOffersOnlyTheUsersProjectsAndAScopedTokenWorksOnlyThere() {
        String name = newUser();
        String mine = "mine-" + name;
        String theirs = "theirs-" + name;
        assertThat(upload(server.tokenFor(name), mine, "1.0").status()).isEqualTo(200);
        assertThat(upload(server.tokenFor("someone-" + name), theirs, "1.0").status()).isEqualTo(200);
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        HttpResponse<String> page = web.get("/manage/account/token/");
        assertThat(page.body()).contains("<option value=\"\">All projects</option>").contains(">" + mine + "</option>")
                .doesNotContain(theirs);
        HttpResponse<String> foreign = web.post("/manage/account/token/", Map.of("name", "x", "scope", theirs, "expires", "never"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("You have no role on a project named").contains("value=\"x\"");
        String scoped = createToken(web, "ci", mine, "never");
        assertThat(upload(scoped, mine, "1.1").status()).isEqualTo(200);
        assertThat(upload(scoped, "other-" + name, "1.0").status()).isEqualTo(403);
        assertThat(web.get("/manage/account/history/").body()).contains("Created API token").contains("ci").contains("for project " + mine);
    }

    @Test
    void anEmptyTokenNameOrAnUnknownExpiryIsRefusedWithAMessage() {
        WebClient web = new WebClient(server.baseUrl()).signIn(newUser(), PASSWORD);
        web.get("/manage/account/token/");
        HttpResponse<String> noName = web.post("/manage/account/token/", Map.of("name", " ", "scope", "", "expires", "never"));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("Give the token a name");
        HttpResponse<String> badExpiry = web.post("/manage/account/token/", Map.of("name", "y", "scope", "", "expires", "5y"));
        assertThat(badExpiry.statusCode()).isEqualTo(400);
    }

    @Test
    void aRevokedTokenStopsWorkingAndOnlyTheOwnerCanRevokeIt() {
        String name = newUser();
        WebClient owner = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        String token = createToken(owner, "to-revoke", "", "never");
        Matcher id = TOKEN_ID.matcher(owner.get("/manage/account/token/").body());
        assertThat(id.find()).isTrue();
        String tokenId = id.group(1);

        WebClient other = new WebClient(server.baseUrl()).signIn(newUser(), PASSWORD);
        other.get("/manage/account/token/");
        HttpResponse<String> stolen = other.post("/manage/account/token/revoke/", Map.of("token_id", tokenId));
        assertThat(stolen.statusCode()).isEqualTo(404);
        assertThat(owner.get("/manage/account/token/").body()).contains("to-revoke");

        HttpResponse<String> revoked = owner.post("/manage/account/token/revoke/", Map.of("token_id", tokenId));
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(owner.get("/manage/account/token/").body()).doesNotContain("to-revoke</td>");
        assertThat(upload(token, "revoked-" + name, "1.0").status()).isEqualTo(403);
        assertThat(owner.get("/manage/account/history/").body()).contains("token:revoked").contains("Revoked API token");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        String name = newUser();
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        WebClient replay = new WebClient(server.baseUrl());
        HttpCookie copy = new HttpCookie("larder-session", sessionCookie(web));
        copy.setPath("/");
        copy.setVersion(0);
        replay.cookies().getCookieStore().add(URI.create(server.baseUrl()), copy);
        assertThat(replay.get("/manage/account/").statusCode()).as("the copied cookie works while signed in").isEqualTo(200);

        web.get("/manage/account/");
        assertThat(web.post("/account/logout/", Map.of()).statusCode()).isEqualTo(303);
        assertThat(replay.get("/manage/account/").statusCode()).as("the old cookie is not signed in").isEqualTo(303);
        assertThat(server.larder().securityLog().ofUser(server.larder().accounts().byName(name).orElseThrow().id(), 5))
                .extracting(SecurityEvent::kind).contains("sign-out");
    }
}
