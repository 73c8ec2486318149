package vn.cuocthi.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.deploy.support.Browsers;
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
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Biên tập");

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
}
