package vn.cuocthi.deploy.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.exam.ExamFixture;
import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** A person asks the province to erase their data: the admin finds them by CCCD on a phone-sized console and erases it. */
@IntegrationTest
class PersonalDataPageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anAdminFindsAPersonByCccdSeesTheirDataAndErasesItWithAReason() {
        String slug = Provinces.onboard(port, "xoadulieu", "Tỉnh Xoá Dữ Liệu");
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.units(staff);
        ExamFixture.questions(staff, 6, slug);
        String contestId = ExamFixture.publish(staff, contest("Cuộc thi quyền riêng tư",
                List.of(round("Tuần 1", now().minusHours(1), now().plusDays(7))), Map.of()));
        ExamFixture.Person person = person("Ngô Thị Lan");
        Map<String, Object> body = ExamFixture.registration(person, null);
        body.put("botCheck", ExamFixture.solve(Http.province(port, slug)));
        assertThat(Http.province(port, slug).post("/api/v1/contests/" + contestId + "/registrations", body).status())
                .isEqualTo(201);

        WebDriver browser = Browsers.chromium("vi-VN,vi", 360, 800);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            Browsers.signInToConsole(browser, port, slug, "province-admin", "/admin/contests/" + contestId + "/results");
            browser.findElement(By.id("nav-personal")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
            assertThat(browser.findElement(By.id("retention")).getText()).contains("12 tháng");
            browser.findElement(By.id("login")).sendKeys(person.cccd().substring(0, 4) + " " + person.cccd().substring(4));
            browser.findElement(By.cssSelector("#lookup button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.card")));
            String card = browser.findElement(By.cssSelector("section.card")).getText();
            assertThat(card).contains("Ngô Thị Lan").contains(person.cccd()).contains(person.phone());
            assertThat(browser.getCurrentUrl()).doesNotContain(person.cccd());
            Browsers.screenshot(browser, "personal-data-found");

            browser.findElement(By.cssSelector("section.card input[name=reason]")).sendKeys("Theo đơn đề nghị của bà Lan");
            browser.findElement(By.cssSelector("section.card form button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erased")));
            browser.findElement(By.id("login")).sendKeys(person.phone());
            browser.findElement(By.cssSelector("#lookup button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
            Browsers.screenshot(browser, "personal-data-erased");
        } finally {
            browser.quit();
        }
    }
}
