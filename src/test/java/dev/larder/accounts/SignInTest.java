package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        server.larder().accounts().createUser("alice", "alice@example.com", "correct horse battery", false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sessionCookie(WebClient web) {
        return web.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("larder-session")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void theSignInFormCarriesACsrfTokenAndSetsAnHttpOnlySameSiteCookie() {
        WebClient web = new WebClient(server.baseUrl());
        HttpResponse<String> page = web.get("/account/login/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(web.csrfToken()).hasSizeGreaterThan(30);
        assertThat(page.headers().allValues("Set-Cookie")).singleElement().asString()
                .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aRightPasswordSignsInWithANewSessionIdAndGoesToTheNextPage() {
        WebClient web = new WebClient(server.baseUrl());
        web.get("/account/login/?next=/project/x/");
        String before = sessionCookie(web);
        HttpResponse<String> r = web.post("/account/login/", Map.of("username", "alice", "password", "correct horse battery",
                "next", "/project/x/"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/project/x/");
        assertThat(sessionCookie(web)).isNotNull().isNotEqualTo(before);
        HttpResponse<String> again = web.get("/account/login/?next=/project/y/");
        assertThat(again.statusCode()).as("a signed-in user skips the form").isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).contains("/project/y/");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() {
        WebClient web = new WebClient(server.baseUrl());
        web.get("/account/login/");
        HttpResponse<String> r = web.post("/account/login/", Map.of("username", "alice", "password", "wrong password"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("The user name or the password is wrong.").doesNotContain("Sign out");
    }

    @Test
    void aNextPageOnAnotherSiteIsIgnored() {
        WebClient web = new WebClient(server.baseUrl());
        web.get("/account/login/");
        HttpResponse<String> r = web.post("/account/login/", Map.of("username", "alice", "password", "correct horse battery",
                "next", "//evil.example/"));
        assertThat(r.headers().firstValue("Location")).contains("/manage/projects/");
    }

    @Test
    void behindATrustedProxyTheHistoryRecordsTheForwardedClientAddress() throws Exception {
        try (TestServer proxied = TestServer.start(dir.resolve("proxied"), Map.of("trusted-proxies", "127.0.0.1"))) {
            User bob = proxied.larder().accounts().createUser("bob", "bob@example.com", "correct horse battery", false);
            WebClient web = new WebClient(proxied.baseUrl());
            web.get("/account/login/");
            HttpResponse<String> r = web.postRaw("/account/login/", Map.of("csrf_token", web.csrfToken(),
                    "username", "bob", "password", "correct horse battery"), Map.of("X-Forwarded-For", "203.0.113.9"));
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(proxied.larder().securityLog().ofUser(bob.id(), 1).get(0).address()).contains("203.0.113.9");
        }
        WebClient direct = new WebClient(server.baseUrl());
        direct.get("/account/login/");
        direct.postRaw("/account/login/", Map.of("csrf_token", direct.csrfToken(),
                "username", "alice", "password", "correct horse battery"), Map.of("X-Forwarded-For", "203.0.113.9"));
        User alice = server.larder().accounts().byName("alice").orElseThrow();
        assertThat(server.larder().securityLog().ofUser(alice.id(), 1).get(0).address())
                .as("no proxy is trusted by default").contains("127.0.0.1");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        WebClient web = new WebClient(server.baseUrl());
        web.get("/account/login/");
        HttpResponse<String> r = web.postRaw("/account/login/", Map.of("username", "alice", "password", "correct horse battery"), Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("security token is missing or out of date");
    }

    @Test
    void aFormWithAnotherSessionsTokenIsRefused() {
        WebClient attacker = new WebClient(server.baseUrl());
        attacker.get("/account/login/");
        WebClient victim = new WebClient(server.baseUrl());
        victim.get("/account/login/");
        HttpResponse<String> r = victim.postRaw("/account/login/", Map.of("csrf_token", attacker.csrfToken(),
                "username", "alice", "password", "correct horse battery"), Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormSentFromAnotherSiteIsRefusedEvenWithTheRightToken() {
        WebClient web = new WebClient(server.baseUrl());
        web.get("/account/login/");
        HttpResponse<String> r = web.postRaw("/account/login/", Map.of("csrf_token", web.csrfToken(),
                "username", "alice", "password", "correct horse battery"), Map.of("Origin", "https://evil.example"));
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> r2 = web.postRaw("/account/login/", Map.of("csrf_token", web.csrfToken(),
                "username", "alice", "password", "correct horse battery"), Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(r2.statusCode()).isEqualTo(403);
    }
}
