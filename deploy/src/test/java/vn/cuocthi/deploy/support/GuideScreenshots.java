package vn.cuocthi.deploy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The pictures of the guides (docs/huong-dan-quan-tri.md): with {@code -Dscreenshots=docs} the browser tests that call
 * {@link Browsers#guideScreenshot} write the page as a phone (360×740) and a laptop (1366×768) show it into
 * docs/screenshots/{@code <name>-phone.png} and {@code <name>-laptop.png}; without the property, nothing is written.
 * Another value of the property is a directory to write them to instead.
 * <p>
 * The window is resized through the DevTools protocol for the two pictures, then set back to what the test opened,
 * so the test goes on as before. One device pixel per CSS pixel keeps the files small.
 */
final class GuideScreenshots {

    private static final String PROPERTY = System.getProperty("screenshots");
    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;
    private static final int LAPTOP_WIDTH = 1366;
    private static final int LAPTOP_HEIGHT = 768;

    private GuideScreenshots() {
    }

    static boolean enabled() {
        return PROPERTY != null && !PROPERTY.isBlank();
    }

    /** Surefire runs in the module's directory (deploy/), so "docs" is the repository's docs/screenshots. */
    private static Path directory() {
        return "docs".equals(PROPERTY) ? Path.of("..", "docs", "screenshots") : Path.of(PROPERTY);
    }

    static void take(WebDriver browser, String name, int openedWidth, int openedHeight, boolean openedAsPhone) {
        HasCdp cdp = (HasCdp) browser;
        try {
            Files.createDirectories(directory());
            capture(cdp, browser, PHONE_WIDTH, PHONE_HEIGHT, true, directory().resolve(name + "-phone.png"));
            capture(cdp, browser, LAPTOP_WIDTH, LAPTOP_HEIGHT, false, directory().resolve(name + "-laptop.png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (openedAsPhone) {
                cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics(openedWidth, openedHeight, 2.0, true));
            } else {
                cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            settle(browser);
        }
    }

    private static void capture(HasCdp cdp, WebDriver browser, int width, int height, boolean mobile, Path file)
            throws IOException {
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics(width, height, 1.0, mobile));
        settle(browser);
        String png = (String) cdp.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private static Map<String, Object> metrics(int width, int height, double scale, boolean mobile) {
        return Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile);
    }

    /** Two animation frames: the page has laid itself out at the new size (media queries, charts that resize). */
    private static void settle(WebDriver browser) {
        ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 150); }); });""");
    }
}
