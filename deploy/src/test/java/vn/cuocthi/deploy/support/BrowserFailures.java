package vn.cuocthi.deploy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Every integration test's browsers (registered through {@link IntegrationTest}): when a test fails, each browser
 * still open leaves a screenshot and its page source in {@code target/browser-failures/<Class>.<test>.png|html};
 * when it passes, the last page each browser shows is checked by the {@link PageGuard} (a late failed fetch, a
 * script error after the last click). A test's declared expected failures end with the test.
 */
public final class BrowserFailures implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final Path FAILURES = Path.of("target", "browser-failures");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static volatile String currentTest = "browser";

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        currentTest = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                Browsers.open().forEach(BrowserFailures::save);
                return;
            }
            List<String> problems = new ArrayList<>();
            for (PageGuard guard : Browsers.open()) {
                problems.addAll(guard.problems());
            }
            if (!problems.isEmpty()) {
                Browsers.open().forEach(BrowserFailures::save);
                throw new AssertionError("A page broke after the test's last step:\n  " + String.join("\n  ", problems));
            }
            Browsers.open().forEach(guard -> guard.checkAccessible("after the test's last step"));
        } finally {
            Browsers.open().forEach(PageGuard::forgetExpected);
        }
    }

    /** Saves what the browser shows and its source as the current test's failure picture (one per browser). */
    static void save(PageGuard guard) {
        int index = Browsers.open().indexOf(guard);
        String name = currentTest + (index > 0 ? "-" + (index + 1) : "");
        WebDriver browser = guard.original();
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException e) {
            System.err.println("No failure screenshot of " + name + ": " + e);
        }
    }

    /** The whole page, beyond the window's height, as {@code target/browser-screenshots/<name>.png}: to look at. */
    static Path fullPage(WebDriver browser, String name) {
        HasCdp cdp = (HasCdp) browser;
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
        String png = (String) cdp.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode(png));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
