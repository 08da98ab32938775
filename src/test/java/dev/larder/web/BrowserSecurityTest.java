package dev.larder.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.larder.testing.BrowserSession;
import dev.larder.testing.RawHttp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Security as a browser sees it: what an uploader writes cannot run script in a visitor's page,
 * and the core flows need no script of Larder's own, so they work with JavaScript off.
 */
@Tag("e2e")
@Tag("browser")
class BrowserSecurityTest {
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @RegisterExtension
    static final SeedWorkflowIndex index = new SeedWorkflowIndex();

    @Test
    void scriptInAProjectDescriptionDoesNotRunOnTheProjectPage() {
        String hostile = String.join("\n",
                "# Harmless heading",
                "",
                "Plain words stay.",
                "",
                "<script>window.larderInjected = 'script'; alert('script ran');</script>",
                "",
                "<img src=\"/nope.png\" onerror=\"window.larderInjected = 'onerror'; alert('onerror ran')\">",
                "",
                "[click me](javascript:alert('link ran'))");
        RawHttp.Response r = index.uploadWheel(index.server().tokenFor("mallory"), "hostile-demo", "1.0", hostile);
        assertThat(r.status()).as(r.text()).isEqualTo(200);

        Page page = browser.page();
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate(index.url("/project/hostile-demo/"));
        assertThat(page.locator("#description")).containsText("Plain words stay.");
        // The page's own load has finished (the description is there); an onerror or inline script would have run by now.
        page.waitForLoadState();
        assertThat(dialogs).as("dialogs opened by the description").isEmpty();
        assertThat(page.evaluate("() => window.larderInjected === undefined")).as("a global set by injected script").isEqualTo(true);
        assertThat(page.locator("#description script")).hasCount(0);
        assertThat(page.locator("#description [onerror]")).hasCount(0);
        assertThat(page.locator("#description a[href^='javascript:' i]")).hasCount(0);
        browser.screenshot("hostile-description");
    }

    @Test
    void withJavaScriptOffAPersonRegistersSignsInAndAddsATrustedPublisher() {
        SiteVisitor bob = new SiteVisitor(browser.pageWithoutJavaScript(), index.server().baseUrl());
        bob.register("bob", "bob@example.com", "a long enough passphrase");
        RawHttp.Response r = index.uploadWheel(index.server().tokenFor("bob"), "nojs-demo", "0.1", "No script needed.");
        assertThat(r.status()).as(r.text()).isEqualTo(200);

        bob.signOut();
        bob.signInWithPassword("bob", "a long enough passphrase");
        assertThat(bob.page()).hasURL(index.url("/manage/projects/"));
        assertThat(bob.page().locator("#projects")).containsText("nojs-demo");

        bob.addGitHubPublisher("nojs-demo", "myorg", "myproject", "release.yml", "");
        assertThat(bob.page().locator("#publishers")).containsText("myorg/myproject");
        browser.screenshot(bob.page(), "publishing-settings-without-javascript");
    }
}
