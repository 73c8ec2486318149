package vn.cuocthi.deploy.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.FailingProvisioningStep;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestIdentity;

/**
 * The national operator's console in real headless Chromium: a province's staff account cannot sign in to it (another
 * realm) and a province's console session does not open it; the operator signs in through the platform realm, sees
 * the provinces with their activity, onboards one step by step, retries a failed run, suspends and resumes with a
 * reason and finds all of it in the audit.
 */
@IntegrationTest
class OperatorConsoleBrowserTest {

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
    void provinceStaffAreRefusedAndTheOperatorRunsTheFleet() {
        String existing = Provinces.onboard(port, "vanhanhco", "Tỉnh Vận Hành Có Sẵn");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // a province's console session is no operator's session: the operator console asks the platform realm
        Browsers.signInToConsole(browser, port, existing, "province-admin", "/admin");
        browser.get(platform("/operator"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/cuocthi-platform/");
        // and the province's staff account does not exist there
        Browsers.expectFailures(browser, "/login-actions/authenticate");
        signIn("test.province-admin", TestIdentity.STAFF_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("input-error-username")));
        assertThat(browser.findElement(By.id("input-error-username")).getText()).contains("không hợp lệ");
        assertThat(browser.getCurrentUrl()).contains("/realms/cuocthi-platform/").doesNotContain("/operator");

        signIn(TestIdentity.OPERATOR, TestIdentity.OPERATOR_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("provinces")));
        assertThat(browser.getCurrentUrl()).startsWith(platform("/operator"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Các tỉnh");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(TestIdentity.OPERATOR);
        WebElement row = browser.findElement(By.id("province-" + existing));
        assertThat(row.getText()).contains("Tỉnh Vận Hành Có Sẵn").contains("Đang hoạt động");
        assertThat(row.findElement(By.className("contests")).getText()).isEqualTo("0");
        assertThat(row.findElement(By.className("in-progress")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("??");

        // a malformed code is refused with its reason and creates nothing
        onboard("Sai Mã", "Tỉnh Sai", "");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("slug-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("error-summary-title")).getText()).matches("Còn \\d+ mục cần điền hoặc sửa lại");
        assertThat(jdbc.sql("select count(*) from platform.tenant where name = 'Tỉnh Sai'").query(Long.class).single()).isZero();

        // onboarding shows each step's result and the first admin's temporary password, once
        String slug = Provinces.uniqueSlug("vanhanh");
        onboard(slug, "Tỉnh Vận Hành", "quantri@" + slug + ".gov.vn");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        assertThat(browser.findElement(By.id("step-schema")).getText()).contains("đã xong");
        assertThat(browser.findElement(By.id("step-identity")).getText()).contains("đã xong");
        assertThat(browser.findElement(By.id("first-admin-username")).getText()).isEqualTo("quantri");
        assertThat(browser.findElement(By.id("first-admin-password")).getText()).hasSize(16);
        assertThat(status(slug)).isEqualTo("ACTIVE");
        Browsers.screenshot(browser, "operator-onboarded-1280");

        // a step that fails leaves the province provisioning, shows which step, and a retry finishes it
        String failing = Provinces.uniqueSlug(FailingProvisioningStep.PREFIX);
        browser.get(platform("/operator"));
        onboard(failing, "Tỉnh Lỗi Một Lần", "");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("retry")));
        assertThat(browser.findElement(By.id("step-schema")).getText()).contains("đã xong");
        assertThat(browser.findElement(By.id("step-test-network")).getText()).contains("bị lỗi").contains("simulated network outage");
        assertThat(browser.findElement(By.id("last-error")).getText()).contains("test-network");
        assertThat(status(failing)).isEqualTo("PROVISIONING");
        browser.findElement(By.id("retry")).click();
        // the first run made the admin account already: this run reports no password
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("province-url")));
        assertThat(browser.findElements(By.id("first-admin"))).isEmpty();
        assertThat(browser.findElement(By.id("step-test-network")).getText()).contains("đã xong");
        assertThat(status(failing)).isEqualTo("ACTIVE");

        // suspension needs a reason, is audited with it, and the province's site answers 503 until resumed
        browser.get(platform("/operator/provinces/" + slug));
        browser.findElement(By.id("change-status")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("reason-error")).getText()).isEqualTo("Hãy ghi lý do.");
        assertThat(status(slug)).isEqualTo("ACTIVE");
        browser.findElement(By.id("reason")).sendKeys("Bảo trì máy chủ của tỉnh");
        browser.findElement(By.id("change-status")).click();
        wait.until(ExpectedConditions.textToBe(By.id("change-status"), "Mở lại tỉnh"));
        assertThat(status(slug)).isEqualTo("SUSPENDED");
        assertThat(Http.province(port, slug).get("/").status()).isEqualTo(503);
        browser.findElement(By.id("reason")).sendKeys("Bảo trì xong");
        browser.findElement(By.id("change-status")).click();
        wait.until(ExpectedConditions.textToBe(By.id("change-status"), "Tạm ngừng tỉnh"));
        assertThat(status(slug)).isEqualTo("ACTIVE");

        browser.get(platform("/operator/audit?province=" + slug));
        String audit = browser.findElement(By.id("events")).getText();
        assertThat(audit).contains("Tạm ngừng").contains("Bảo trì máy chủ của tỉnh").contains("Mở lại").contains("Bảo trì xong")
                .contains("Đã khởi tạo xong").contains(TestIdentity.OPERATOR).doesNotContain(failing);
        Browsers.screenshot(browser, "operator-audit-1280");

        // the hourly plan of collective sessions, for a range of days; a range the API refuses is said so
        browser.get(platform("/operator/sessions"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thi tập trung theo giờ");
        browser.get(platform("/operator/sessions?from=2026-12-10&to=2026-12-01"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("62");

        browser.get(platform("/operator"));
        Browsers.screenshot(browser, "operator-fleet-1280");
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.urlToBe(platform("/")));
        browser.get(platform("/operator"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    }

    /**
     * On a phone the console fits the screen and the header wraps; each province is a card with its status, contests
     * and activity readable beside their names, not six squeezed columns.
     */
    @Test
    void theConsoleFitsAPhone() {
        String shown = Provinces.onboard(port, "vanhanhdt", "Tỉnh Vận Hành Trên Điện Thoại");
        WebDriver phone = Browsers.chromium("vi-VN,vi", 360, 740);
        try {
            phone.get(platform("/operator"));
            new WebDriverWait(phone, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            phone.findElement(By.id("username")).sendKeys(TestIdentity.OPERATOR);
            phone.findElement(By.id("password")).sendKeys(TestIdentity.OPERATOR_PASSWORD);
            phone.findElement(By.id("kc-login")).click();
            new WebDriverWait(phone, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("onboard-form")));
            Object widths = ((org.openqa.selenium.JavascriptExecutor) phone).executeScript(
                    "return [document.documentElement.scrollWidth, window.innerWidth];");
            java.util.List<?> both = (java.util.List<?>) widths;
            assertThat(((Number) both.get(0)).intValue()).isLessThanOrEqualTo(((Number) both.get(1)).intValue());
            WebElement card = phone.findElement(By.id("province-" + shown));
            ((org.openqa.selenium.JavascriptExecutor) phone).executeScript("arguments[0].scrollIntoView();", card);
            Browsers.screenshot(phone, "operator-fleet-360");
            assertThat(card.getText()).contains("Tỉnh Vận Hành Trên Điện Thoại", "Đang hoạt động");
            WebElement status = card.findElement(By.className("state"));
            assertThat(status.getSize().getHeight()).as("the status on one line").isLessThan(36);
            java.util.Map<String, String> labels = java.util.Map.of("status", "Trạng thái", "contests", "Cuộc thi",
                    "in-progress", "Đang làm bài", "last-minute", "Nộp trong 1 phút", "last-hour", "Nộp trong 60 phút");
            for (String cell : labels.keySet()) {
                WebElement value = card.findElement(By.className(cell));
                assertThat(((org.openqa.selenium.JavascriptExecutor) phone).executeScript(
                        "return getComputedStyle(arguments[0], '::before').content;", value))
                        .as(cell + " named beside its value").isEqualTo("\"" + labels.get(cell) + "\"");
                assertThat(value.getSize().getWidth()).as(cell + " spans the card").isGreaterThan(250);
                assertThat(value.getLocation().getX() + value.getSize().getWidth()).as(cell + " on the screen").isLessThanOrEqualTo(360);
            }
            assertThat(card.findElement(By.className("contests")).getText()).isEqualTo("0");
        } finally {
            phone.quit();
        }
    }

    private void signIn(String username, String password) {
        WebElement user = browser.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    private void onboard(String slug, String name, String email) {
        browser.findElement(By.id("slug")).clear();
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("adminEmail")).clear();
        browser.findElement(By.id("adminEmail")).sendKeys(email);
        browser.findElement(By.id("onboard")).click();
    }

    private String status(String slug) {
        return jdbc.sql("select status from platform.tenant where slug = ?").param(slug).query(String.class).single();
    }

    private String platform(String path) {
        return "http://localhost:" + port + path;
    }
}
