package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;

/**
 * A unit's contact registers a collective session on a 360 px phone, keeps the management link and sends a photo
 * after the session; staff see it on the console's calendar with the hour grid and the thumbnail, and confirm it.
 */
@IntegrationTest
class SessionPagesBrowserTest {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        TestClock.INSTANCE.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aUnitRegistersOnAPhoneSendsAPhotoAndStaffConfirmOnTheCalendar() throws Exception {
        String slug = Provinces.onboard(port, "lichthi", "Tỉnh Lịch Thi");
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.questions(staff, 6, slug);
        ExamFixture.units(staff);
        String id = ExamFixture.publish(staff, contest("Cuộc thi có thi tập trung",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        OffsetDateTime at = now().plusDays(1).truncatedTo(ChronoUnit.HOURS).withHour(8).plusMinutes(30);
        String base = "http://" + slug + ".localhost:" + port;
        browser = Browsers.chromium("vi-VN,vi", 360, 800);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(base + "/contests/" + id + "/dang-ky-thi-tap-trung");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng ký thi tập trung");
        // too many people for UBND xã A (10 staff): the refusal is in place, what was typed is kept
        Browsers.expectFailures(browser, "/contests/" + id + "/dang-ky-thi-tap-trung");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("XA");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("startsAt")),
                at.toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.findElement(By.id("expectedParticipants")).sendKeys("11");
        browser.findElement(By.id("place")).sendKeys("Hội trường UBND xã");
        browser.findElement(By.id("contactName")).sendKeys("Hoàng Thị Mai");
        browser.findElement(By.id("contactPhone")).sendKeys("0912 345 678");
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("expectedParticipants-error")).getText())
                .isEqualTo("Số người dự kiến vượt quá số cán bộ của đơn vị (10).");
        assertThat(browser.findElement(By.id("place")).getAttribute("value")).isEqualTo("Hội trường UBND xã");
        assertNoHorizontalScroll();
        Browsers.screenshot(browser, "session-register-refused");

        browser.findElement(By.id("expectedParticipants")).clear();
        browser.findElement(By.id("expectedParticipants")).sendKeys("9");
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-registered")));
        assertThat(browser.findElement(By.id("session-registered")).getText())
                .contains("UBND xã A").contains("08:30").contains("9 người");
        assertNoHorizontalScroll();
        Browsers.screenshot(browser, "session-registered");

        // after the session, the link alone lets the unit send a photo
        TestClock.INSTANCE.advanceTo(at.toInstant());
        browser.findElement(By.id("manage-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-count")));
        Path photo = Files.createTempFile("buoi-thi", ".png");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 60, 40);
        ImageIO.write(image, "png", photo.toFile());
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        browser.findElement(By.cssSelector("form[enctype] button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("photo-count"), "1 / 10"));
        assertThat(Browsers.problems(browser)).isEmpty();
        Browsers.screenshot(browser, "session-manage");

        Browsers.signInToConsole(browser, port, slug, "province-admin", "/admin/contests/" + id + "/sessions");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lịch thi tập trung");
        assertThat(browser.findElement(By.cssSelector("#hour-grid td[data-hour='8']")).getText()).isEqualTo("9");
        assertThat(browser.findElement(By.cssSelector("#hour-grid td[data-hour='8']")).getAttribute("class")).isEqualTo("load-4");
        Object loaded = ((JavascriptExecutor) browser).executeScript(
                "const img = document.querySelector('.thumbs img'); return img.complete && img.naturalWidth");
        assertThat(((Number) loaded).intValue()).as("thumbnail decoded").isEqualTo(120);
        browser.findElement(By.cssSelector(".session form[action$='/confirm'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-changed")));
        assertThat(browser.findElement(By.id("session-changed")).getText()).isEqualTo("UBND xã A: Đã xác nhận.");
        assertThat(browser.findElement(By.cssSelector(".session .status")).getText()).isEqualTo("Đã xác nhận");
        assertThat(Browsers.problems(browser)).isEmpty();
        Browsers.screenshot(browser, "session-calendar");

        // the staff unit report says whom to call: the contact the unit gave for its session
        browser.get(base + "/admin/contests/" + id + "/units-report");
        WebElement contact = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-XA")));
        assertThat(contact.getText()).contains("Hoàng Thị Mai").contains("0912");
        assertThat(browser.findElement(By.id("contact-SNV")).getText()).isEqualTo("–");
    }

    private void assertNoHorizontalScroll() {
        @SuppressWarnings("unchecked")
        List<Number> pair = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        assertThat(pair.get(0).intValue()).as("page fits a phone's width").isLessThanOrEqualTo(pair.get(1).intValue());
    }
}
