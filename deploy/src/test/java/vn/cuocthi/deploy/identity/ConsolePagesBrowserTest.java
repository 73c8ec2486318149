package vn.cuocthi.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestIdentity;

/** An editor imports a question file in the console (errors shown in place) and sees why a contest cannot be published. */
@IntegrationTest
class ConsolePagesBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.chromium("vi-VN,vi", 1024, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void editorImportsQuestionsAndSeesPublicationProblemsInPlace() throws Exception {
        String slug = Provinces.onboard(port, "bangdieukhien", "Tỉnh Bảng Điều Khiển");
        TestIdentity.staffToken(slug, "editor");
        String contestId = Http.province(port, slug).asAdmin().post("/api/v1/admin/contests", Map.of("name", "Cuộc thi còn thiếu"))
                .json().get("id").asString();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get("http://" + slug + ".localhost:" + port + "/admin/questions");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("test.editor");
        browser.findElement(By.id("password")).sendKeys("Test-Staff-Pass-1");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-heading")));

        Path broken = Files.createTempFile("ngan-hang-loi", ".txt");
        Files.writeString(broken, "Câu hỏi có đủ phương án?\nA. Có\nB. Không\nANSWER: A\n\nCâu hỏi chỉ có một phương án?\nA. Duy nhất\nANSWER: A\n",
                StandardCharsets.UTF_8);
        new Select(browser.findElement(By.id("format"))).selectByValue("aiken");
        browser.findElement(By.id("file")).sendKeys(broken.toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("Dòng 6").contains("1 phương án");

        Path good = Files.createTempFile("ngan-hang", ".txt");
        Files.writeString(good, "Cơ quan nào chủ trì công tác cải cách hành chính ở địa phương cấp tỉnh?\nA. Ủy ban nhân dân tỉnh\n"
                + "B. Tòa án nhân dân tỉnh\nANSWER: A\n", StandardCharsets.UTF_8);
        new Select(browser.findElement(By.id("format"))).selectByValue("aiken");
        browser.findElement(By.id("file")).sendKeys(good.toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "Đã nhập 1 câu hỏi"));
        assertThat(browser.findElement(By.id("questions")).getText()).contains("chủ trì công tác cải cách hành chính");
        Browsers.guideScreenshot(browser, "quan-tri-ngan-hang-cau-hoi");

        browser.get("http://" + slug + ".localhost:" + port + "/admin/contests/" + contestId);
        browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-errors")));
        assertThat(browser.findElement(By.id("publish-errors")).getText())
                .contains("ít nhất một vòng thi").contains("ít nhất một nhóm đối tượng");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Bản nháp");
    }
}
