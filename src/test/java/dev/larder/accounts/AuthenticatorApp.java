package dev.larder.accounts;

import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;

/** The phone app of page tests: it holds the secret the two-factor page showed and tells the current code. */
final class AuthenticatorApp {
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");
    private static final Pattern RECOVERY_LIST = Pattern.compile("<ul id=\"recovery-codes\"[^>]*>(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([^<]+)</code></li>");

    /** An authenticator set up on the signed-in user's account, and the recovery codes shown at that moment. */
    record Enrolment(AuthenticatorApp app, List<String> recoveryCodes) {}

    private final byte[] key;
    private final Clock clock;

    AuthenticatorApp(String secret, Clock clock) {
        this.key = new Base32().decode(secret);
        this.clock = clock;
    }

    /** Reads the secret off the two-factor page's HTML. */
    static String secretOn(String page) {
        Matcher m = SECRET.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no secret on the page: " + page);
        }
        return m.group(1);
    }

    /** Turns two-factor on through the pages, as a person would with the app in hand. */
    static Enrolment enrol(WebClient web, Clock clock) {
        HttpResponse<String> page = web.get("/manage/account/two-factor/");
        String secret = secretOn(page.body());
        AuthenticatorApp app = new AuthenticatorApp(secret, clock);
        HttpResponse<String> done = web.post("/manage/account/two-factor/enable/", Map.of("secret", secret, "code", app.code()));
        if (done.statusCode() != 200) {
            throw new AssertionError("enabling failed with " + done.statusCode() + ": " + done.body());
        }
        return new Enrolment(app, recoveryCodesOn(done.body()));
    }

    /** The recovery codes a page shows (once, after enabling or replacing them). */
    static List<String> recoveryCodesOn(String body) {
        Matcher list = RECOVERY_LIST.matcher(body);
        if (!list.find()) {
            throw new AssertionError("no recovery codes shown: " + body);
        }
        List<String> codes = new ArrayList<>();
        Matcher c = RECOVERY_CODE.matcher(list.group(1));
        while (c.find()) {
            codes.add(c.group(1));
        }
        return codes;
    }

    String code() {
        return codeSteps(0);
    }

    /** The code {@code steps} time steps away from now (negative: earlier). */
    String codeSteps(int steps) {
        return Totp.code(key, Totp.step(clock.instant().getEpochSecond()) + steps, 6);
    }
}
