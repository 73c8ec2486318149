package vn.cuocthi.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * The contestants' help page on a 360 px phone: reached from the footer of a province's page, in Vietnamese, it
 * covers registration, the exam, a lost connection, results and whom to contact, and names its own province (two
 * provinces, each sees its own name only). The guard checks it with axe-core like every page.
 */
@IntegrationTest
class HelpPageBrowserTest {

    private static WebDriver phone;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        phone = Browsers.chromium("vi-VN,vi", 360, 740);
    }

    @AfterAll
    static void stopBrowser() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void eachProvinceSiteLinksItsHelpPageFromTheFooterAndItFitsAPhone() {
        String first = Provinces.onboard(port, "trogiup", "Tỉnh Trợ Giúp");
        String second = Provinces.onboard(port, "huongdan", "Tỉnh Hướng Dẫn");

        phone.get("http://" + first + ".localhost:" + port + "/");
        phone.findElement(By.id("help-link")).click();

        assertThat(phone.getCurrentUrl()).isEqualTo("http://" + first + ".localhost:" + port + "/tro-giup");
        assertThat(phone.getTitle()).isEqualTo("Hướng dẫn thí sinh – Tỉnh Trợ Giúp");
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Hướng dẫn dành cho thí sinh");
        List<String> headings = phone.findElements(By.cssSelector("main section h2")).stream().map(h -> h.getText()).toList();
        assertThat(headings).containsExactly("Đăng ký dự thi", "Làm bài thi", "Khi mất kết nối mạng",
                "Kết quả và xếp hạng", "Cần hỗ trợ thêm");
        assertThat(phone.findElement(By.id("mat-ket-noi")).getText()).contains("Đã lưu").contains("máy khác");
        assertThat(phone.findElement(By.id("lien-he")).getText()).contains("Tỉnh Trợ Giúp");
        long width = (Long) ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("the page fits the phone's width").isLessThanOrEqualTo(360);
        Browsers.guideScreenshot(phone, "thi-sinh-tro-giup");

        // the table of contents leads to each part
        phone.findElement(By.linkText("Khi mất kết nối mạng")).click();
        assertThat(phone.getCurrentUrl()).endsWith("/tro-giup#mat-ket-noi");

        phone.get("http://" + second + ".localhost:" + port + "/tro-giup");
        assertThat(phone.findElement(By.id("lien-he")).getText()).contains("Tỉnh Hướng Dẫn").doesNotContain("Tỉnh Trợ Giúp");
        assertThat(phone.getPageSource()).doesNotContain("Tỉnh Trợ Giúp");
    }
}
