package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;

/**
 * "Quên mật khẩu" as a contestant on a phone uses it (the code read from the local outbox page), and the console's
 * "Hỗ trợ thí sinh" as the province admin uses it, refused to a viewer.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordRecoveryBrowserTest {

    @LocalServerPort
    int port;

    ExamFixture.OpenContest open;
    WebDriver browser;

    @BeforeAll
    void province() {
        open = ExamFixture.openContest(port, "trangquen", "Tỉnh Trang Quên", "Cuộc thi trang quên");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void aContestantAsksForACodeReadsItAndSetsANewPasswordOnAPhone() {
        Http site = Http.province(port, open.province());
        ExamFixture.Person person = person("Hoàng Thị Quên");
        register(site, open.contestId(), person, null);
        String base = "http://" + open.province() + ".localhost:" + port;
        browser = Browsers.chromium("vi-VN,vi", 360, 740);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(base + "/contests/" + open.contestId() + "/dang-nhap");
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-password"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact"))).sendKeys(person.phone());
        Browsers.screenshot(browser, "recovery-forgot-phone");
        click(browser.findElement(By.id("recovery-submit")));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-sent"))).getText())
                .startsWith("Nếu thông tin khớp với một tài khoản, mã đã được gửi.");
        assertThat(browser.findElement(By.id("login")).getAttribute("value")).isEqualTo(person.phone());
        String resetPage = browser.getCurrentUrl();

        browser.get(base + "/dev/tin-nhan");
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#outbox li[data-to='" + person.phone() + "'] .message-text"))).getText().replaceAll(".*: (\\d{6}) .*", "$1");
        assertThat(code).matches("\\d{6}");

        browser.get(resetPage);
        type(wait, "login", person.phone());
        type(wait, "code", PasswordRecoveryTest.otherThan(code));
        type(wait, "password", "mat-khau-moi-tren-dien-thoai");
        Browsers.expectFailures(browser, "/dat-lai-mat-khau"); // the refused code is a 422 page
        click(browser.findElement(By.id("reset-submit")));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-error"))).getText())
                .isEqualTo("Mã không đúng. Hãy kiểm tra lại tin nhắn hoặc e-mail.");
        Browsers.screenshot(browser, "recovery-reset-refused-phone");

        type(wait, "code", code);
        type(wait, "password", "mat-khau-moi-tren-dien-thoai");
        click(browser.findElement(By.id("reset-submit")));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-changed"))).getText())
                .contains(person.fullName());
        assertThat(browser.findElement(By.id("contestant-name")).getText()).isEqualTo(person.fullName());

        assertThat(PasswordRecoveryTest.login(site, person.phone(), "mat-khau-" + person.cccd()).status()).isEqualTo(401);
        assertThat(PasswordRecoveryTest.login(site, person.phone(), "mat-khau-moi-tren-dien-thoai").status()).isEqualTo(200);
    }

    @Test
    void theAdminFindsACallerAndIssuesACodeAndAViewerIsRefused() {
        Http site = Http.province(port, open.province());
        ExamFixture.Person person = person("Đỗ Văn Gọi");
        register(site, open.contestId(), person, null);
        browser = Browsers.chromium("vi-VN,vi", 1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        Browsers.signInToConsole(browser, port, open.province(), "province-admin", "/admin");
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contestants-link"))));
        type(wait, "q", person.cccd());
        click(browser.findElement(By.id("search-contestants")));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(person.fullName()))));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identity-cccd"))).getText())
                .isEqualTo(person.cccd());
        assertThat(browser.findElement(By.id("identity")).getText()).contains("31/05/1990").contains(person.phone());
        click(browser.findElement(By.id("issue-code")));
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-code"))).getText();
        assertThat(code).matches("\\d{6}");
        Browsers.screenshot(browser, "console-contestant-code");

        assertThat(PasswordRecoveryTest.reset(site, open.contestId(), person.phone(), code, "mat-khau-sau-khi-goi").status())
                .isEqualTo(200);
        browser.quit();

        browser = Browsers.chromium("vi-VN,vi", 1280, 900);
        Browsers.signInToConsole(browser, port, open.province(), "viewer", "/admin");
        assertThat(browser.findElements(By.id("contestants-link"))).isEmpty();
        Browsers.expectFailures(browser, "/admin/contestants");
        browser.get("http://" + open.province() + ".localhost:" + port + "/admin/contestants?q=" + person.cccd());
        assertThat(browser.getPageSource()).doesNotContain(person.cccd() + "</td>");
    }

    private void type(WebDriverWait wait, String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
