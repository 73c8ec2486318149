package vn.cuocthi.deploy.support;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (both installed by bin/test; no tool ever downloads a
 * browser). Chromium resolves *.localhost to loopback itself, as it would a real province subdomain.
 * <p>
 * Every browser is guarded ({@link PageGuard}): a failed request of a page or an error in the browser's console fails
 * the test, so does an accessibility violation that axe-core finds on a page ({@link Accessibility}), and a failed
 * test leaves a screenshot ({@link BrowserFailures}). A test that means to cause a failure
 * declares it with {@link #expectFailures}.
 */
public final class Browsers {

    private static final int HEADLESS_MIN_WIDTH = 500;

    /** Guards of the browsers not yet quit, in the order they were opened. */
    private static final List<PageGuard> OPEN = new CopyOnWriteArrayList<>();

    private Browsers() {
    }

    /**
     * @param acceptLanguages what the browser's language settings send, e.g. "vi-VN,vi" or a phone set to "en-US,en"
     * @param width           window width in CSS pixels (390 is a common phone; below 500, a phone's screen, touch
     *                        and overlay scrollbars are emulated)
     */
    public static WebDriver chromium(String acceptLanguages, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        if (width < HEADLESS_MIN_WIDTH) {
            // headless Chromium lays pages out at least 500 px wide whatever the window: a phone is emulated instead
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        PageGuard guard = new PageGuard(chrome, width, height, width < HEADLESS_MIN_WIDTH);
        // the decorated driver keeps ChromeDriver's interfaces (HasNetworkConditions, JavascriptExecutor, ...)
        WebDriver browser = new EventFiringDecorator<WebDriver>(guard).decorate(chrome);
        guard.decorated(browser);
        OPEN.add(guard);
        return browser;
    }

    /**
     * What went wrong on the page so far: console errors (a failed load, a refused style or script, an exception)
     * and resources that did not answer 200, warnings included: stricter than the guard every browser has. Reading the
     * console empties it.
     */
    public static List<String> problems(WebDriver browser) {
        List<String> problems = new ArrayList<>();
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .forEach(entry -> problems.add("console: " + entry.getMessage()));
        Object failed = ((JavascriptExecutor) browser).executeScript("""
                return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
                    .filter(e => e.responseStatus !== 200).map(e => e.name + ' ' + e.responseStatus);""");
        ((List<?>) failed).forEach(entry -> problems.add("request: " + entry));
        return problems;
    }

    /**
     * Declares, until the end of the running test, that this browser's requests whose URL contains
     * {@code urlFragment} (or, given a whole {@code http…} URL, that request only) may fail, and the console may say
     * so: a page that answers 4xx on purpose, an autosave tried while offline. Everything else still fails the test.
     */
    public static void expectFailures(WebDriver browser, String urlFragment) {
        guardOf(browser).expect(urlFragment);
    }

    /**
     * Fails unless axe-core finds no WCAG 2.1 AA violation on the page as it is now. Every page a guarded browser opens
     * is checked once already; call this after a script has changed the page (a dialog, a navigator, an error shown).
     */
    public static void assertAccessible(WebDriver browser) {
        PageGuard guard = guardOf(browser);
        List<String> violations = Accessibility.violations(guard.original());
        if (!violations.isEmpty()) {
            BrowserFailures.save(guard);
            throw new AssertionError(Accessibility.describe(guard.original().getCurrentUrl(), violations));
        }
    }

    /**
     * With {@code -Dscreenshots=docs}, the page as a phone and a laptop show it, for the guides, in
     * docs/screenshots/{@code <name>-phone.png} and {@code -laptop.png} ({@link GuideScreenshots}); otherwise nothing.
     * Names say what the page is, e.g. "thi-sinh-bai-thi" or "quan-tri-don-vi".
     */
    public static void guideScreenshot(WebDriver browser, String name) {
        if (GuideScreenshots.enabled()) {
            PageGuard guard = guardOf(browser);
            GuideScreenshots.take(guard.original(), name, guard.width(), guard.height(), guard.phone());
        }
    }

    /** A picture of the whole page in {@code target/browser-screenshots/<name>.png}, to look at what a person sees. */
    public static Path screenshot(WebDriver browser, String name) {
        return BrowserFailures.fullPage(guardOf(browser).original(), name);
    }

    static List<PageGuard> open() {
        return OPEN;
    }

    static void closed(PageGuard guard) {
        OPEN.remove(guard);
    }

    private static PageGuard guardOf(WebDriver browser) {
        return OPEN.stream().filter(guard -> guard.guards(browser)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a browser of Browsers.chromium, or already quit"));
    }

    /**
     * Clicks a button that submits a form and waits until the browser shows the page that answers it: a click
     * returns as soon as the click is dispatched, and on a busy machine the answer's page may not have replaced the
     * old one yet, so looking for what the answer shows right after the click can find the old page.
     */
    public static void submit(WebDriver browser, By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Opens {@code path} of the province's console as its test staff member with this Keycloak role, through the
     * realm's real sign-in form, and waits for the console page.
     */
    public static void signInToConsole(WebDriver browser, int port, String slug, String role, String path) {
        TestIdentity.staffToken(slug, role);
        browser.get("http://" + slug + ".localhost:" + port + path);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("test." + role);
        browser.findElement(By.id("password")).sendKeys(TestIdentity.STAFF_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main")));
    }
}
