package vn.cuocthi.deploy.support;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (both installed by bin/test; no tool ever downloads a
 * browser). Chromium resolves *.localhost to loopback itself, as it would a real province subdomain.
 */
public final class Browsers {

    private Browsers() {
    }

    /**
     * @param acceptLanguages what the browser's language settings send, e.g. "vi-VN,vi" or a phone set to "en-US,en"
     * @param width           window width in CSS pixels (390 is a common phone)
     */
    public static WebDriver chromium(String acceptLanguages, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        // the console's messages (failed loads, CSP refusals, script errors), for tests that insist on none
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * What went wrong on the page so far: console errors (a failed load, a refused style or script, an exception)
     * and resources that did not answer 200. Reading the console empties it.
     */
    public static java.util.List<String> problems(WebDriver browser) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .forEach(entry -> problems.add("console: " + entry.getMessage()));
        Object failed = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
                    .filter(e => e.responseStatus !== 200).map(e => e.name + ' ' + e.responseStatus);""");
        ((java.util.List<?>) failed).forEach(entry -> problems.add("request: " + entry));
        return problems;
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
