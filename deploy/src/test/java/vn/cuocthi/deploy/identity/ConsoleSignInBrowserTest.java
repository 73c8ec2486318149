package vn.cuocthi.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestIdentity;

/**
 * A staff member signs in to the console in real headless Chromium through the province's Keycloak realm, is not
 * signed in on another province, and signs out of Keycloak too; both are audited in the province's schema.
 */
@IntegrationTest
class ConsoleSignInBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.chromium("vi-VN,vi", 1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffSignsInToTheirProvinceOnlyAndSignsOutOfKeycloakToo() {
        String slug = Provinces.onboard(port, "dangnhap", "Tỉnh Đăng Nhập");
        String other = Provinces.onboard(port, "dangnhapkhac", "Tỉnh Đăng Nhập Khác");
        TestIdentity.staffToken(slug, "editor"); // creates the account test.editor with its password

        browser.get("http://" + slug + ".localhost:" + port + "/admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/cuocthi-" + slug + "/");
        browser.findElement(By.id("username")).sendKeys("test.editor");
        browser.findElement(By.id("password")).sendKeys("Test-Staff-Pass-1");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(browser.getCurrentUrl()).startsWith("http://" + slug + ".localhost:" + port + "/admin");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bảng điều khiển");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("test.editor");
        // the application's role in words, not Keycloak's own realm roles or a missing message key
        assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("Biên tập");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("??").doesNotContainIgnoringCase("default-roles");
        Browsers.screenshot(browser, "console-dashboard-1280");

        // the session of one province is not a session of another: its console asks its own realm
        browser.get("http://" + other + ".localhost:" + port + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/cuocthi-" + other + "/");

        browser.get("http://" + slug + ".localhost:" + port + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.urlToBe("http://" + slug + ".localhost:" + port + "/"));

        // signed out of Keycloak too: the console asks for the password again
        browser.get("http://" + slug + ".localhost:" + port + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        List<String> events = jdbc.sql("select kind from tenant_" + slug + ".staff_event where username = 'test.editor' order by id")
                .query(String.class).list();
        assertThat(events).containsExactly("SIGN_IN", "SIGN_OUT");
    }

    /**
     * The sign-in page is the platform's, not stock Keycloak's: the application's theme (its stylesheet loads, the
     * guarded driver would fail on a refused one, and its colours apply), the province's name, Vietnamese texts.
     */
    @Test
    void signInPageCarriesThePlatformsLookAndTheProvincesName() {
        String slug = Provinces.onboard(port, "giaodien", "Tỉnh Giao Diện");
        browser.get("http://" + slug + ".localhost:" + port + "/admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

        assertThat(browser.findElement(By.id("kc-header-wrapper")).getText()).isEqualTo("CuocThi – Tỉnh Giao Diện");
        JavascriptExecutor page = (JavascriptExecutor) browser;
        Object themeSheet = page.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/login/cuocthi/css/cuocthi.css')).map(e => e.responseStatus)[0]");
        assertThat(themeSheet).as("the theme's stylesheet, loaded").isEqualTo(200L);
        assertThat(page.executeScript("return getComputedStyle(document.getElementById('kc-header')).backgroundColor"))
                .isEqualTo("rgb(11, 92, 173)");
        assertThat(browser.findElement(By.id("cuocthi-footer")).getText()).startsWith("Trang đăng nhập dành cho cán bộ");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.id("kc-login")).getText()).isEqualTo("Đăng nhập");
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("Đăng nhập vào tài khoản của bạn");
        Browsers.screenshot(browser, "console-sign-in");
    }

    /**
     * What a signed-in officer's console session opens, and what it does not: the console's own stylesheets and
     * scripts (they were refused with the session cookie once), the files the console links to, but no change
     * through the staff API without the CSRF token, so a page of another site cannot act in the officer's name.
     */
    @Test
    void aSignedInConsoleLoadsItsStylesAndTheSessionCannotChangeAnythingThroughTheApi() {
        String slug = Provinces.onboard(port, "phienlamviec", "Tỉnh Phiên Làm Việc");
        Browsers.signInToConsole(browser, port, slug, "province-admin", "/admin");

        // every stylesheet of the page loaded and applies: the body is not the browser's default serif
        Object sheets = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.styleSheets).filter(s => { try { return s.cssRules.length > 0; } "
                        + "catch (e) { return false; } }).length");
        assertThat(((Number) sheets).intValue()).isEqualTo(2);
        String session = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        Http withSession = Http.province(port, slug).header("Cookie", session);
        Http.Reply css = withSession.get("/css/console.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(withSession.get("/js/forms.js").status()).isEqualTo(200);

        // the session downloads what the console links to
        assertThat(withSession.getBytes("/api/v1/admin/questions/template.xlsx").status()).isEqualTo(200);

        // but a change through the API with the cookie alone is refused and changes nothing
        long contests = jdbc.sql("select count(*) from tenant_" + slug + ".contest").query(Long.class).single();
        Http.Reply forged = withSession.post("/api/v1/admin/contests", Map.of("name", "Cuộc thi giả mạo"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("code").asString()).isEqualTo("auth.csrf");
        Http.Reply forgedForm = withSession.form("POST", "/api/v1/admin/units", Map.of("code", "GIA", "name", "Giả"));
        assertThat(forgedForm.status()).isEqualTo(403);
        Http.Reply forgedUpload = withSession.upload("/api/v1/admin/questions/import", "cau-hoi.txt",
                "Câu hỏi giả?\nA. Có\nB. Không\nANSWER: A\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(forgedUpload.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from tenant_" + slug + ".contest").query(Long.class).single()).isEqualTo(contests);
        assertThat(jdbc.sql("select count(*) from tenant_" + slug + ".question").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from tenant_" + slug + ".unit where code = 'GIA'").query(Long.class).single()).isZero();
    }
}
