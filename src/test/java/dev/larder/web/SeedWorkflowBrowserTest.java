package dev.larder.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.larder.testing.BrowserSession;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TotpCodes;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed workflow in a real browser, as issue 5 tells it: a person registers, turns on
 * two-factor, creates a project by uploading with an API token, adds a GitHub trusted publisher
 * through the form, a CI job's token is exchanged and publishes the next version, and the project
 * page names that publisher; a job from the wrong environment is refused and the attempts log says
 * why. Screenshots of the pages on the way land in {@code target/screenshots/}.
 */
@Tag("e2e")
@Tag("browser")
class SeedWorkflowBrowserTest {
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @RegisterExtension
    static final SeedWorkflowIndex index = new SeedWorkflowIndex();

    static final String USER = "ada";
    static final String PASSWORD = "correct horse battery staple";
    static final String PROJECT = "myproject";

    @Test
    void aPersonSetsUpATrustedPublisherInTheBrowserAndTheNextReleaseShowsWhoPublishedIt() {
        SiteVisitor ada = new SiteVisitor(browser.page(), index.server().baseUrl());
        ada.register(USER, "ada@example.com", PASSWORD);

        TotpCodes authenticator = ada.readTwoFactorSecret();
        browser.screenshot("two-factor");
        ada.enableTwoFactor(authenticator);

        ada.signOut();
        ada.signInWithPassword(USER, PASSWORD);
        ada.enterAuthenticationCode(authenticator.freshCode());
        ada.open("/manage/account/");
        assertThat(ada.page().locator("main")).containsText(USER);
        assertThat(ada.page().locator("#two-factor-state")).containsText("On");
        browser.screenshot("account");

        String apiToken = ada.createToken("first upload", "All projects", "90 days");
        browser.screenshot("tokens");
        assertThat(ada.page().locator("#api-tokens")).containsText("first upload");
        RawHttp.Response created = index.uploadWheel(apiToken, PROJECT, "1.0.0", "The **first** release.");
        assertThat(created.status()).as(created.text()).isEqualTo(200);

        ada.addGitHubPublisher(PROJECT, "myorg", "myproject", "release.yml", "release");
        Locator publishers = ada.page().locator("#publishers");
        assertThat(publishers).containsText("myorg/myproject");
        assertThat(publishers).containsText("release.yml");
        assertThat(publishers).containsText("release");
        browser.screenshot("publishing-settings");

        String uploadToken = index.mintedToken(index.oidcToken(Map.of()));
        RawHttp.Response published = index.uploadWheel(uploadToken, PROJECT, "1.0.1", "The **second** release.");
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        ada.open("/project/" + PROJECT + "/");
        Page project = ada.page();
        assertThat(project.locator("h1")).hasText(PROJECT + " 1.0.1");
        Locator fileRow = project.locator("#files tr").filter(new Locator.FilterOptions()
                .setHasText(SeedWorkflowIndex.wheelName(PROJECT, "1.0.1")));
        assertThat(fileRow).containsText("myorg/myproject");
        assertThat(fileRow).containsText("release.yml");
        assertThat(project.locator("#install-command"))
                .hasText("pip install --index-url " + index.url("/simple/") + " " + PROJECT);
        browser.screenshot("project");
        // The first release came with ada's API token: its file names her as the publisher.
        ada.open("/project/" + PROJECT + "/1.0.0/");
        assertThat(project.locator("#files tr").filter(new Locator.FilterOptions()
                .setHasText(SeedWorkflowIndex.wheelName(PROJECT, "1.0.0")))).containsText(Pattern.compile("\\b" + USER + "\\b"));

        RawHttp.Response refused = index.exchange(index.oidcToken(Map.of(
                "environment", "staging", "sub", "repo:myorg/myproject:environment:staging")));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        ada.open("/manage/project/" + PROJECT + "/settings/publishing/");
        Locator attempts = ada.page().locator("#publishing-attempts tr");
        assertThat(attempts.filter(new Locator.FilterOptions().setHasText("accepted"))).hasCount(1);
        Locator refusal = attempts.filter(new Locator.FilterOptions().setHasText("refused"));
        assertThat(refusal).hasCount(1);
        // The reason names the token's environment and the one the publisher wants (not just release.yml).
        assertThat(refusal).containsText(Pattern.compile("staging.*\\brelease\\b(?!\\.yml)", Pattern.DOTALL));
        browser.screenshot("publishing-attempts");

        ada.open("/");
        assertThat(ada.page().locator("main a[href='/project/" + PROJECT + "/']").first()).isVisible();
        browser.screenshot("start");
    }

    @Test
    void theProjectPageFitsAPhoneScreenWithoutSideways() {
        String token = index.server().tokenFor("phone-owner");
        RawHttp.Response r = index.uploadWheel(token, "phone-demo", "2.0.0", "A project seen on a phone.");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Page phone = browser.phonePage();
        phone.navigate(index.url("/project/phone-demo/"));
        assertThat(phone.locator("h1")).hasText("phone-demo 2.0.0");
        browser.screenshot(phone, "project-phone");
        // Against the phone's width, not innerWidth: a mobile browser zooms out to fit a page that is too wide.
        Object width = phone.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("the page's width in CSS pixels").isLessThanOrEqualTo(BrowserSession.PHONE_WIDTH);
    }
}
