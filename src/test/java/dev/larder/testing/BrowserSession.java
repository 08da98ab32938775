package dev.larder.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real browser for page tests: Debian's Chromium driven by Playwright, one per test class, and a
 * fresh context (no cookies, no storage) per test. Register it as
 * {@code @RegisterExtension static final BrowserSession browser = new BrowserSession();}.
 *
 * <p>Waits are bounded by {@link #TIMEOUT_MS} instead of Playwright's 30 s, so a missing element
 * fails fast naming its locator. A failed test leaves {@code target/screenshots/failed-<test>.png}.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    public static final double TIMEOUT_MS = 10_000;
    /** A phone in portrait, the size of a common recent one, in CSS pixels. */
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    // Headless as root (CI) needs --no-sandbox; the rest keep Chromium from calling home or updating.
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page page;

    @Override
    public void beforeAll(ExtensionContext context) {
        Path chromium = ChromiumLocation.require();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(ARGS).setTimeout(60_000));
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        page = newPage(new Browser.NewContextOptions());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            screenshot(page, "failed-" + context.getRequiredTestMethod().getName());
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        page = null;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** This test's page, in a desktop-sized window with JavaScript on. */
    public Page page() {
        return page;
    }

    /** A page in a new context of its own (own cookies), closed after the test. */
    public Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    /** A page as a phone shows it: narrow viewport, touch, mobile layout rules. */
    public Page phonePage() {
        return newPage(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
    }

    /** A page that runs no script at all: what a visitor with JavaScript off gets. */
    public Page pageWithoutJavaScript() {
        return newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
    }

    /** Saves the whole page (not just the viewport) as {@code target/screenshots/<name>.png}. */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    public Path screenshot(String name) {
        return screenshot(page, name);
    }
}
