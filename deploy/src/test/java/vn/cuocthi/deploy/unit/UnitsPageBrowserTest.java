package vn.cuocthi.deploy.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** The province admin keeps the unit list in the console: one unit at a time, or a whole file with its errors in place. */
@IntegrationTest
class UnitsPageBrowserTest {

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
    void adminAddsAUnitAndSeesABadImportsErrorsInPlace() throws Exception {
        String slug = Provinces.onboard(port, "bangdonvi", "Tỉnh Bảng Đơn Vị");
        Browsers.signInToConsole(browser, port, slug, "province-admin", "/admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("Quản trị tỉnh");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("units-link"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-form-heading")));

        // a unit without a name is refused in place
        browser.findElement(By.id("code")).sendKeys("SNV");
        browser.findElement(By.id("headcount")).sendKeys("62");
        browser.findElement(By.id("save-unit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("name-error")).getText()).contains("Tên đơn vị là bắt buộc");
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo("SNV");

        browser.findElement(By.id("name")).sendKeys("Sở Nội vụ");
        browser.findElement(By.id("block")).sendKeys("SO_NGANH");
        browser.findElement(By.id("save-unit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("units"), "Sở Nội vụ"));

        // a second unit under the first, chosen from the list
        browser.findElement(By.id("code")).sendKeys("P-A");
        browser.findElement(By.id("name")).sendKeys("UBND phường A");
        new Select(browser.findElement(By.id("parentCode"))).selectByValue("SNV");
        browser.findElement(By.id("headcount")).sendKeys("40");
        browser.findElement(By.id("population")).sendKeys("25000");
        browser.findElement(By.id("save-unit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("units"), "UBND phường A"));
        JsonNode units = Http.province(port, slug).asAdmin().get("/api/v1/admin/units").json();
        assertThat(units.size()).isEqualTo(2);
        assertThat(units.get(0).get("parentCode").asString()).isEqualTo("SNV");
        assertThat(units.get(0).get("population").asInt()).isEqualTo(25000);
        Browsers.guideScreenshot(browser, "quan-tri-don-vi");

        // the prize block by its name: named once, shown for every unit of the block
        assertThat(browser.findElement(By.cssSelector("label[for=block-name-0]")).getText()).isEqualTo("Khối SO_NGANH (1 đơn vị)");
        browser.findElement(By.id("block-name-0")).sendKeys("Sở, ban, ngành");
        browser.findElement(By.id("save-block-0")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã lưu tên khối SO_NGANH"));
        assertThat(browser.findElement(By.cssSelector("#units .block-name")).getText()).isEqualTo("Sở, ban, ngành");
        assertThat(Http.province(port, slug).asStaff("viewer").get("/api/v1/admin/units/blocks").json().at("/0/name").asString())
                .isEqualTo("Sở, ban, ngành");

        // a file with bad rows: every error by row, nothing replaced
        Path bad = Files.createTempFile("don-vi-loi", ".csv");
        Files.writeString(bad, "Mã đơn vị,Tên đơn vị,Số biên chế\nSTP,Sở Tư pháp,45\nSTC,Sở Tài chính,ba mươi\n,Không mã,3\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(bad.toString());
        browser.findElement(By.id("import-units")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("Dòng 3").contains("ba mươi");
        assertThat(browser.findElement(By.id("units")).getText()).contains("Sở Nội vụ").doesNotContain("Sở Tư pháp");
        assertThat(Http.province(port, slug).asAdmin().get("/api/v1/admin/units").json().size()).isEqualTo(2);

        // removing asks first; cancelling keeps the unit
        browser.findElement(By.cssSelector("#units a[aria-label='Xoá đơn vị UBND phường A']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-confirm")));
        assertThat(browser.findElement(By.id("delete-heading")).getText()).isEqualTo("Xoá đơn vị UBND phường A?");
        browser.findElement(By.id("cancel-delete")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("delete-confirm")));
        assertThat(Http.province(port, slug).asAdmin().get("/api/v1/admin/units").json().size()).isEqualTo(2);

        // removing the parent first is refused, even once confirmed
        browser.findElement(By.cssSelector("#units a[aria-label='Xoá đơn vị Sở Nội vụ']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-delete"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("cấp trên của 1 đơn vị");

        // the child, confirmed, is removed
        browser.findElement(By.cssSelector("#units a[aria-label='Xoá đơn vị UBND phường A']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-delete"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã xoá đơn vị P-A"));
        assertThat(browser.findElement(By.id("units")).getText()).doesNotContain("UBND phường A");

        // the list downloads as a spreadsheet from the page (the importer reads it back: UnitImportTest)
        String export = browser.findElement(By.id("export-units")).getAttribute("href");
        assertThat(export).endsWith("/api/v1/admin/units/export.xlsx");
        Browsers.screenshot(browser, "units-page");
    }
}
