package vn.cuocthi.deploy.branding;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * Two provinces with different branding show their own logo, colour and footer on their contestant pages; a colour
 * pair that fails WCAG AA and a file that is no image are refused on the console page and change nothing.
 */
@IntegrationTest
class BrandingBrowserTest {

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
    void eachProvinceShowsItsOwnLookAndBadColoursOrFilesAreRefused() throws IOException {
        String red = Provinces.onboard(port, "maudo", "Tỉnh Màu Đỏ");
        String green = Provinces.onboard(port, "mauxanh", "Tỉnh Màu Xanh");

        Browsers.signInToConsole(browser, port, red, "province-admin", "/admin/branding");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Giao diện trang của tỉnh");
        fill("primaryColor", "#8b1a1a");
        fill("textColor", "#ffffff");
        fill("organiserName", "Sở Nội vụ tỉnh Màu Đỏ");
        fill("organiserContact", "0206 3852 000");
        fill("portalUrl", "https://maudo.gov.vn");
        fill("homeAffairsUrl", "https://snv.maudo.gov.vn");
        fill("footerText", "Bản quyền thuộc Ban Tổ chức tỉnh Màu Đỏ");
        Browsers.submit(browser, By.id("save-branding"));
        assertThat(browser.findElements(By.id("error-summary")).stream().map(WebElement::getText)).as("refusal of a valid save").isEmpty();
        assertThat(browser.findElement(By.id("saved")).isDisplayed()).isTrue();

        // yellow under white text is unreadable: refused, with the ratio, and nothing changes
        fill("primaryColor", "#ffff00");
        Browsers.submit(browser, By.id("save-branding"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("4,5:1");
        assertThat(browser.findElement(By.id("textColor-error")).getText()).contains("#ffffff").contains("#ffff00");
        assertThat(browser.findElement(By.id("primaryColor")).getAttribute("value")).isEqualTo("#ffff00");
        assertThat(primaryOf(red)).isEqualTo("#8b1a1a");
        Browsers.screenshot(browser, "branding-refused-colours");

        // a page renamed .png is no image: refused by its bytes, no logo stored
        Path fake = Files.writeString(Files.createTempFile("logo", ".png"), "<html><script>alert(1)</script></html>",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("logo-file")).sendKeys(fake.toString());
        Browsers.submit(browser, By.id("upload-logo"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("JPEG, PNG hoặc WebP");
        assertThat(jdbc.sql("select count(*) from tenant_" + red + ".branding_image").query(Long.class).single()).isZero();

        Path logo = Files.createTempFile("logo", ".png");
        Files.write(logo, png(new Color(0xf2, 0xc2, 0x00)));
        browser.findElement(By.id("logo-file")).sendKeys(logo.toString());
        Browsers.submit(browser, By.id("upload-logo"));
        assertThat(browser.findElement(By.id("logo-preview")).isDisplayed()).isTrue();

        // the other province sets its own through the API
        Http.Reply put = Http.province(port, green).asAdmin().put("/api/v1/admin/branding", Map.of(
                "primaryColor", "#1b5e20", "textColor", "#ffffff", "organiserName", "Sở Nội vụ tỉnh Màu Xanh",
                "footerText", "Chân trang của tỉnh Màu Xanh"));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        Http.Reply bad = Http.province(port, green).asAdmin().put("/api/v1/admin/branding", Map.of(
                "primaryColor", "#1b5e20", "textColor", "#222222"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("textColor").contains("4,5:1");

        browser.get("http://" + red + ".localhost:" + port + "/");
        assertThat(headerColour()).isEqualTo("rgba(139, 26, 26, 1)");
        WebElement shownLogo = browser.findElement(By.id("brand-logo"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", shownLogo)).intValue())
                .isEqualTo(64);
        String redFooter = browser.findElement(By.id("province-footer")).getText();
        assertThat(redFooter).contains("Sở Nội vụ tỉnh Màu Đỏ").contains("0206 3852 000").contains("Bản quyền thuộc Ban Tổ chức tỉnh Màu Đỏ");
        assertThat(browser.findElement(By.id("portal-link")).getAttribute("href")).isEqualTo("https://maudo.gov.vn/");
        assertThat(browser.findElement(By.id("home-affairs-link")).getAttribute("href")).isEqualTo("https://snv.maudo.gov.vn/");
        Browsers.screenshot(browser, "branding-red-province");
        // the help page names whom to ask: the organiser's own contact where it is set
        browser.get("http://" + red + ".localhost:" + port + "/tro-giup");
        assertThat(browser.findElement(By.id("organiser-contact")).getText())
                .contains("Sở Nội vụ tỉnh Màu Đỏ").contains("0206 3852 000");

        browser.get("http://" + green + ".localhost:" + port + "/");
        assertThat(headerColour()).isEqualTo("rgba(27, 94, 32, 1)");
        assertThat(browser.findElements(By.id("brand-logo"))).isEmpty();
        assertThat(browser.findElement(By.id("province-footer")).getText()).contains("Chân trang của tỉnh Màu Xanh")
                .doesNotContain("Màu Đỏ");
        Browsers.screenshot(browser, "branding-green-province");

        // the banner snippet for the portal carries the province's colours and logo
        String contest = Http.province(port, red).asAdmin().post("/api/v1/admin/contests", Map.of("name", "Cuộc thi màu đỏ"))
                .json().get("id").asString();
        String banner = Http.province(port, red).asAdmin().get("/api/v1/admin/contests/" + contest + "/sharing")
                .json().get("bannerHtml").asString();
        assertThat(banner).contains("background:#8b1a1a").contains("color:#ffffff").contains("/thuong-hieu/logo?v=");
    }

    private String primaryOf(String slug) {
        return jdbc.sql("select primary_color from tenant_" + slug + ".branding").query(String.class).single();
    }

    private String headerColour() {
        return browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color");
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 64, 64);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
