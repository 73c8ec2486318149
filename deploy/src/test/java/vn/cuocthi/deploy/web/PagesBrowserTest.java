package vn.cuocthi.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * The pages a person opens, in real headless Chromium (Debian's chromium and chromedriver; no browser is ever
 * downloaded): Chromium resolves *.localhost to loopback itself, as it would for a real subdomain.
 */
@IntegrationTest
class PagesBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        // a phone set to English: the pages stay Vietnamese unless the reader picks English
        browser = Browsers.chromium("en-US,en", 390, 844);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void platformPageLeadsToAProvincePageOnAPhoneSizedScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        String slug = Provinces.onboard(port, "trinhduyet", "Tỉnh Trình Duyệt");

        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("cải cách hành chính");
        browser.findElement(By.linkText("Tỉnh Trình Duyệt")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo("http://" + slug + ".localhost:" + port + "/");
        assertThat(browser.getTitle()).contains("Tỉnh Trình Duyệt");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tỉnh Trình Duyệt");
        assertThat(browser.findElement(By.cssSelector("#contests-heading")).getText()).isEqualTo("Các cuộc thi");
        assertNoHorizontalScroll();
    }

    @Test
    void keyboardUserCanSkipToTheContent() {
        String slug = Provinces.onboard(port, "banphim", "Tỉnh Bàn Phím");
        browser.get("http://" + slug + ".localhost:" + port + "/");

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Bỏ qua, đến nội dung chính");
        assertThat(focused.getAttribute("href")).endsWith("#main");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void unknownProvinceShowsAVietnamesePage() {
        Browsers.expectFailures(browser, "http://khongcotinhnay.localhost:" + port + "/"); // the page is a 404
        browser.get("http://khongcotinhnay.localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("khongcotinhnay.localhost");
    }

    @Test
    void readerCanSwitchToEnglishAndBack() {
        String slug = Provinces.onboard(port, "ngonngu", "Tỉnh Ngôn Ngữ");
        browser.get("http://" + slug + ".localhost:" + port + "/");
        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.id("contests-heading")).getText()).isEqualTo("Contests");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.get("http://" + slug + ".localhost:" + port + "/");
        assertThat(browser.findElement(By.id("contests-heading")).getText()).as("the choice is remembered").isEqualTo("Contests");
        browser.findElement(By.linkText("Tiếng Việt")).click();
        assertThat(browser.findElement(By.id("contests-heading")).getText()).isEqualTo("Các cuộc thi");
    }

    @Test
    void stylesLoadAndTextHasEnoughContrast() {
        String slug = Provinces.onboard(port, "tuongphan", "Tỉnh Tương Phản");
        browser.get("http://" + slug + ".localhost:" + port + "/");
        WebElement header = browser.findElement(By.cssSelector(".site-header"));
        // #0b5cad behind white text: contrast 6.9:1 (WCAG AA needs 4.5:1); proves the stylesheet was applied too
        assertThat(header.getCssValue("background-color")).isEqualTo("rgba(11, 92, 173, 1)");
        assertThat(header.findElement(By.cssSelector(".brand")).getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");
    }

    private void assertNoHorizontalScroll() {
        Object widths = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        @SuppressWarnings("unchecked")
        List<Number> pair = (List<Number>) widths;
        assertThat(pair.get(0).intValue()).as("page fits a phone's width").isLessThanOrEqualTo(pair.get(1).intValue());
    }
}
