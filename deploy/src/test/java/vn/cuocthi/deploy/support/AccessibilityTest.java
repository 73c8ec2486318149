package vn.cuocthi.deploy.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The guard's accessibility check can fail: a page with an unnamed image, an unlabelled field and grey-on-white text
 * fails the navigation that opens it with each rule named; the same page fixed passes; an element exempted for one
 * rule is not reported for it. Two tiny pages from the JDK's HTTP server, no application context.
 */
class AccessibilityTest {

    private static final String BROKEN = """
            <!DOCTYPE html><html lang="vi"><head><title>Hỏng</title></head><body><main>
            <h1>Trang hỏng</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <input id="q" type="text"><p style="color:#bbb;background:#fff">Chữ quá nhạt</p>
            </main></body></html>""";
    private static final String FIXED = """
            <!DOCTYPE html><html lang="vi"><head><title>Tốt</title></head><body><main>
            <h1>Trang tốt</h1><img alt="Ô trống" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <label for="q">Tìm</label><input id="q" type="text"><p style="color:#333;background:#fff">Chữ rõ</p>
            <a href="#x" id="later">Tiếp</a></main></body></html>""";

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getPath().equals("/broken") ? BROKEN : FIXED).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void everyPageOpenedIsCheckedAndAViolationFailsWithItsRule() {
        WebDriver browser = Browsers.chromium("vi-VN,vi", 1024, 768);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            browser.get(base + "/fixed");
            // Selenium wraps what the guard throws in a WebDriverListenerException
            assertThatThrownBy(() -> browser.get(base + "/broken")).rootCause()
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("not accessible")
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("label")
                    .hasMessageContaining("color-contrast");
            browser.get(base + "/fixed");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "var b = document.createElement('button'); b.id = 'empty'; document.querySelector('main').appendChild(b);");
            assertThatThrownBy(() -> Browsers.assertAccessible(browser)).hasMessageContaining("button-name");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('empty').setAttribute('data-axe-exempt', 'button-name');");
            Browsers.assertAccessible(browser);
            assertThat(browser.findElement(By.id("later")).getText()).isEqualTo("Tiếp");
        } finally {
            browser.quit();
        }
    }
}
