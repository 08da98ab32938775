package dev.larder.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.larder.testing.TotpCodes;
import java.util.regex.Pattern;

/**
 * A person using Larder's pages in a browser page: each method is one step as they would do it,
 * finding fields by their visible labels and buttons by their text (the agreed names in the UI
 * contract), so a renamed label fails here the way it would confuse a person.
 */
final class SiteVisitor {
    private final Page page;
    private final String base;

    SiteVisitor(Page page, String baseUrl) {
        this.page = page;
        this.base = baseUrl;
    }

    Page page() {
        return page;
    }

    void open(String path) {
        page.navigate(base + path);
    }

    /** Registers and lands signed in on the projects page. */
    void register(String name, String email, String password) {
        open("/account/register/");
        field("User name").fill(name);
        field("Email address").fill(email);
        field("Password").fill(password);
        field("Confirm password").fill(password);
        button("Create account").click();
        assertThat(page).hasURL(base + "/manage/projects/");
    }

    /** Opens the two-factor page (off) and sets up an authenticator with the secret it shows. */
    TotpCodes readTwoFactorSecret() {
        open("/manage/account/two-factor/");
        return new TotpCodes(page.locator("#totp-secret").innerText().strip());
    }

    /** Confirms two-factor with a code from {@code app}; the recovery codes are then shown once. */
    void enableTwoFactor(TotpCodes app) {
        field("Authentication code").fill(app.freshCode());
        button("Enable two-factor authentication").click();
        assertThat(page.locator("#recovery-codes li").first()).isVisible();
    }

    void signOut() {
        signOutButton().click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true))).isVisible();
    }

    /** Signs in with the password only; a user with two-factor on then stands on the code page. */
    void signInWithPassword(String name, String password) {
        open("/account/login/");
        field("User name").fill(name);
        field("Password").fill(password);
        button("Sign in").click();
    }

    void enterAuthenticationCode(String code) {
        // The code page keeps where the person was going in its query (?next=...).
        assertThat(page).hasURL(Pattern.compile("^" + literal(base + "/account/two-factor/") + "(\\?.*)?$"));
        field("Authentication code").fill(code);
        button("Verify").click();
        assertThat(signOutButton()).isVisible();
    }

    /** Creates a token on the tokens page and reads it from where it is shown once. */
    String createToken(String name, String scope, String expires) {
        open("/manage/account/token/");
        field("Token name").fill(name);
        selectField("Scope").selectOption(new SelectOption().setLabel(scope));
        selectField("Expires").selectOption(new SelectOption().setLabel(expires));
        button("Create token").click();
        Locator token = page.locator("#new-token");
        assertThat(token).isVisible();
        return token.innerText().strip();
    }

    /** The GitHub form on a project's publishing page, found by its button's agreed id. */
    Locator githubPublisherForm() {
        return page.locator("form").filter(new Locator.FilterOptions().setHas(page.locator("#add-github")));
    }

    /** Fills and submits the GitHub form; {@code environment} may be empty. */
    void addGitHubPublisher(String project, String owner, String repository, String workflow, String environment) {
        open("/manage/project/" + project + "/settings/publishing/");
        Locator form = githubPublisherForm();
        label(form, "Owner").fill(owner);
        label(form, "Repository name").fill(repository);
        label(form, "Workflow name").fill(workflow);
        label(form, "Environment name (optional)").fill(environment);
        form.locator("#add-github").click();
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /**
     * A select by its label: a label wrapped around a select also names it with the chosen
     * option ("Scope All projects"), so the label text is matched at the start only.
     */
    Locator selectField(String label) {
        return page.getByLabel(Pattern.compile("^" + literal(label) + "\\b"));
    }

    /** The layout's "Sign out (name)" button: there only for a signed-in person. */
    Locator signOutButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Sign out")));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator label(Locator within, String label) {
        return within.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    /** {@code text} as a regular expression matching only itself; Playwright hands it to JavaScript, which has no \Q...\E. */
    private static String literal(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "\\\\$0");
    }
}
