package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * The console's dashboard counts its own province only: registrations, an exam in progress, submissions in the
 * last hour, totals per round, and the server-drawn charts.
 */
@IntegrationTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String contestWithExams(String slug, int submitted) {
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.questions(staff, 6, slug);
        ExamFixture.units(staff);
        String id = ExamFixture.publish(staff, contest("Cuộc thi có bảng điều khiển",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        Http site = Http.province(port, slug);
        for (int i = 0; i < submitted; i++) {
            ExamFixture.sit(site, id, "Người dự thi", 3, 10L);
        }
        return id;
    }

    @Test
    void theDashboardShowsTheProvincesActivityWithCharts() {
        String slug = Provinces.onboard(port, "bangdieukhien", "Tỉnh Bảng Điều Khiển");
        String other = Provinces.onboard(port, "bangdieukhienkhac", "Tỉnh Bảng Điều Khiển Khác");
        String id = contestWithExams(slug, 2);
        contestWithExams(other, 3);
        // one more person starts an exam and leaves it open
        Http site = Http.province(port, slug);
        Http me = site.bearer(ExamFixture.register(site, id, person("Người đang thi"), null));
        assertThat(me.post("/api/v1/contests/" + id + "/attempts", null).status()).isEqualTo(201);

        browser = Browsers.chromium("vi-VN,vi", 390, 1200);
        Browsers.signInToConsole(browser, port, slug, "viewer", "/admin");
        assertThat(browser.findElement(By.id("stat-registrations")).getText()).isEqualTo("3 lượt đăng ký (3 hôm nay)");
        assertThat(browser.findElement(By.id("stat-in-progress")).getText()).isEqualTo("1 bài đang làm");
        assertThat(browser.findElement(By.id("stat-per-minute")).getText()).endsWith("(2 trong 60 phút)");
        assertThat(browser.findElements(By.cssSelector("#round-totals tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#round-totals tbody tr")).getText()).endsWith("Tuần 1 2 2");
        assertThat(browser.findElements(By.cssSelector("#day-chart rect"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#minute-chart rect"))).hasSizeBetween(1, 2);
        assertThat(Browsers.problems(browser)).isEmpty();
        Browsers.screenshot(browser, "dashboard");
        Browsers.guideScreenshot(browser, "quan-tri-bang-dieu-khien");
    }
}
