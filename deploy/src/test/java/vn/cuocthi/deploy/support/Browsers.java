package vn.cuocthi.deploy.support;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
