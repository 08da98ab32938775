package dev.larder.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.MutableClock;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Turning TOTP two-factor on and off, and the second sign-in step, on a server with a clock the test moves. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TwoFactorTest {
    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static MutableClock clock;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        clock = MutableClock.now();
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings(), null, clock);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshThrottleWindow() {
        // Every test signs in from the same address: start each past the previous one's failures.
        clock.advance(Duration.ofMinutes(20));
    }

    private static String newUser() {
        return AccountFixtures.newUser(server, "tf");
    }

    private static HttpResponse<String> passwordStep(WebClient web, String name) {
        web.get("/account/login/");
        HttpResponse<String> r = web.post("/account/login/", Map.of("username", name, "password", PASSWORD, "next", "/manage/account/"));
        // A browser follows the redirect and so holds the pending session's form token.
        r.headers().firstValue("Location").filter(l -> l.startsWith("/account/two-factor/")).ifPresent(web::get);
        return r;
    }

    private static AuthenticatorApp.Enrolment enrolledUser(String name) {
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        AuthenticatorApp.Enrolment e = AuthenticatorApp.enrol(web, clock);
        clock.advance(Duration.ofSeconds(30)); // the code used to enrol is spent
        return e;
    }

    @Test
    void thePageOffersABase32SecretAndAnOtpauthLink() {
        String name = newUser();
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        HttpResponse<String> page = web.get("/manage/account/two-factor/");
        String secret = AuthenticatorApp.secretOn(page.body());
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(page.body()).contains("otpauth://totp/Larder:" + name + "?secret=" + secret + "&amp;issuer=Larder")
                .contains("Authentication code").contains("Enable two-factor authentication");
    }

    @Test
    void theQrCodeOnThePageScansAsTheOtpauthUriWithTheSameSecret() throws Exception {
        String name = newUser();
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        String body = web.get("/manage/account/two-factor/").body();
        java.util.regex.Matcher img = java.util.regex.Pattern.compile("id=\"totp-qr\"[^>]*src=\"data:image/svg\\+xml;base64,([^\"]+)\"")
                .matcher(body);
        assertThat(img.find()).as("the page has the QR image").isTrue();
        String svg = new String(java.util.Base64.getDecoder().decode(img.group(1)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(QrScan.text(svg)).isEqualTo("otpauth://totp/Larder:" + name + "?secret=" + AuthenticatorApp.secretOn(body)
                + "&issuer=Larder&digits=6&period=30");
    }

    @Test
    void enablingNeedsACorrectCodeAndThenShowsTenRecoveryCodesOnce() {
        String name = newUser();
        WebClient web = new WebClient(server.baseUrl()).signIn(name, PASSWORD);
        String secret = AuthenticatorApp.secretOn(web.get("/manage/account/two-factor/").body());
        AuthenticatorApp app = new AuthenticatorApp(secret, clock);
        HttpResponse<String> wrong = web.post("/manage/account/two-factor/enable/", Map.of("secret", secret, "code", app.codeSteps(5)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("That code does not match").contains(secret);
        assertThat(web.get("/manage/account/").body()).contains("Off");

        HttpResponse<String> ok = web.post("/manage/account/two-factor/enable/", Map.of("secret", secret, "code", app.code()));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("<ul id=\"recovery-codes\"");
        assertThat(ok.body().split("<li><code>", -1)).hasSize(11);
        HttpResponse<String> again = web.get("/manage/account/two-factor/");
        assertThat(again.body()).doesNotContain("id=\"recovery-codes\"").doesNotContain("totp-secret")
                .contains("Turn off two-factor authentication");
        assertThat(web.get("/manage/account/history/").body()).contains("2fa:enabled");
    }

    @Test
    void signInWithTwoFactorAsksForTheCodeBeforeTheSessionIsSignedIn() {
        String name = newUser();
        AuthenticatorApp app = enrolledUser(name).app();
        WebClient web = new WebClient(server.baseUrl());
        HttpResponse<String> first = passwordStep(web, name);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).get().asString().startsWith("/account/two-factor/");
        HttpResponse<String> step = web.get(first.headers().firstValue("Location").orElseThrow());
        assertThat(web.get("/manage/account/").statusCode()).as("not signed in yet").isEqualTo(303);
        assertThat(step.body()).contains("Authentication code").contains("Verify");
        HttpResponse<String> done = web.post("/account/two-factor/", Map.of("code", app.code(), "next", "/manage/account/"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).contains("/manage/account/");
        assertThat(web.get("/manage/account/").body()).contains(name).contains("On");
    }

    @Test
    void theSameCodeIsNeverAcceptedTwice() {
        String name = newUser();
        AuthenticatorApp app = enrolledUser(name).app();
        String code = app.code();
        WebClient first = new WebClient(server.baseUrl());
        passwordStep(first, name);
        assertThat(first.post("/account/two-factor/", Map.of("code", code)).statusCode()).isEqualTo(303);
        WebClient second = new WebClient(server.baseUrl());
        passwordStep(second, name);
        HttpResponse<String> replay = second.post("/account/two-factor/", Map.of("code", code));
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("wrong or was already used");
    }

    @Test
    void aCodeOneStepOldIsAcceptedButTwoStepsOldIsNot() {
        String name = newUser();
        AuthenticatorApp app = enrolledUser(name).app();
        clock.advance(Duration.ofMinutes(2)); // so the steps just before now were never used
        WebClient web = new WebClient(server.baseUrl());
        passwordStep(web, name);
        assertThat(web.post("/account/two-factor/", Map.of("code", app.codeSteps(-2))).statusCode()).isEqualTo(401);
        assertThat(web.post("/account/two-factor/", Map.of("code", app.codeSteps(-1))).statusCode()).isEqualTo(303);
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        String name = newUser();
        String recovery = enrolledUser(name).recoveryCodes().get(3);
        WebClient web = new WebClient(server.baseUrl());
        passwordStep(web, name);
        assertThat(web.post("/account/two-factor/", Map.of("code", recovery.toUpperCase())).statusCode()).isEqualTo(303);
        WebClient again = new WebClient(server.baseUrl());
        passwordStep(again, name);
        assertThat(again.post("/account/two-factor/", Map.of("code", recovery)).statusCode()).isEqualTo(401);
        assertThat(web.get("/manage/account/history/").body()).contains("2fa:recovery-code-used").contains("9 left");
    }

    @Test
    void thePendingSignInExpires() {
        String name = newUser();
        AuthenticatorApp app = enrolledUser(name).app();
        WebClient web = new WebClient(server.baseUrl());
        passwordStep(web, name);
        clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> late = web.post("/account/two-factor/", Map.of("code", app.code()));
        assertThat(late.statusCode()).isIn(303, 403);
        assertThat(web.get("/manage/account/").statusCode()).as("still not signed in").isEqualTo(303);
        assertThat(web.get("/account/two-factor/").headers().firstValue("Location")).contains("/account/login/");
    }

    @Test
    void wrongCodesCountTowardTheSignInThrottle() {
        String name = newUser();
        AuthenticatorApp app = enrolledUser(name).app();
        WebClient web = new WebClient(server.baseUrl());
        passwordStep(web, name);
        for (int i = 0; i < LoginThrottle.PER_USER; i++) {
            assertThat(web.post("/account/two-factor/", Map.of("code", "000000")).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = web.post("/account/two-factor/", Map.of("code", app.code()));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed sign-ins");
        WebClient other = new WebClient(server.baseUrl());
        assertThat(passwordStep(other, name).statusCode()).as("the password step is closed too").isEqualTo(429);
    }

    /** Signed in with password and code, on the two-factor page, with the code's step spent. */
    private static WebClient onTwoFactorPage(String name, AuthenticatorApp app) {
        WebClient web = new WebClient(server.baseUrl());
        passwordStep(web, name);
        web.post("/account/two-factor/", Map.of("code", app.code()));
        clock.advance(Duration.ofSeconds(30));
        web.get("/manage/account/two-factor/");
        return web;
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnesAndNeedACurrentCode() {
        String name = newUser();
        AuthenticatorApp.Enrolment enrolment = enrolledUser(name);
        AuthenticatorApp app = enrolment.app();
        WebClient web = onTwoFactorPage(name, app);
        HttpResponse<String> wrong = web.post("/manage/account/two-factor/recovery-codes/", Map.of("code", app.codeSteps(4)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("That code does not match");
        HttpResponse<String> fresh = web.post("/manage/account/two-factor/recovery-codes/", Map.of("code", app.code()));
        assertThat(fresh.statusCode()).isEqualTo(200);
        List<String> newCodes = AuthenticatorApp.recoveryCodesOn(fresh.body());
        assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(enrolment.recoveryCodes());

        WebClient old = new WebClient(server.baseUrl());
        passwordStep(old, name);
        assertThat(old.post("/account/two-factor/", Map.of("code", enrolment.recoveryCodes().get(0))).statusCode())
                .as("an old recovery code no longer signs in").isNotEqualTo(303);
        WebClient recovered = new WebClient(server.baseUrl());
        passwordStep(recovered, name);
        assertThat(recovered.post("/account/two-factor/", Map.of("code", newCodes.get(0))).statusCode()).isEqualTo(303);
        assertThat(web.get("/manage/account/history/").body()).contains("2fa:recovery-codes-replaced");
    }

    @Test
    void turningItOffNeedsACurrentCode() {
        String name = newUser();
        AuthenticatorApp app = enrolledUser(name).app();
        WebClient web = onTwoFactorPage(name, app);
        HttpResponse<String> wrong = web.post("/manage/account/two-factor/disable/", Map.of("code", app.codeSteps(4)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(web.get("/manage/account/two-factor/").body()).contains("Turn off two-factor authentication");
        HttpResponse<String> off = web.post("/manage/account/two-factor/disable/", Map.of("code", app.code()));
        assertThat(off.statusCode()).isEqualTo(303);
        assertThat(web.get("/manage/account/two-factor/").body()).contains("totp-secret");
        assertThat(passwordStep(new WebClient(server.baseUrl()), name).headers().firstValue("Location")).contains("/manage/account/");
        assertThat(web.get("/manage/account/history/").body()).contains("2fa:disabled");
    }
}
