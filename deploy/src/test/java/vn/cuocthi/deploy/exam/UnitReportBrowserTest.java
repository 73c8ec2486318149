package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * The public unit report on a phone, from the contest page: totals, the SVG charts drawn by the server, the table;
 * and its printed form. Any console error or failed request fails the test. Screenshots in target/screenshots.
 */
@IntegrationTest
class UnitReportBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.chromium("vi-VN,vi", 390, 1400);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReportShowsChartsAndTablesAndPrintsWithoutTheNavigation() throws Exception {
        String slug = Provinces.onboard(port, "baocaotrang", "Tỉnh Báo Cáo Trang");
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.questions(staff, 6, slug);
        assertThat(staff.put("/api/v1/admin/units", List.of(
                Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 2),
                Map.of("code", "STC", "name", "Sở Tài chính <b>đậm</b>", "headcount", 4),
                Map.of("code", "XA", "name", "UBND xã Bình Minh", "headcount", 0))).status()).isLessThan(300);
        String id = ExamFixture.publish(staff, contest("Cuộc thi có báo cáo",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6)), round("Tuần 2", now().plusDays(7), now().plusDays(13))),
                Map.of()));
        Http site = Http.province(port, slug);
        for (String unit : List.of("SNV", "SNV", "STC")) {
            sitAllRight(site, id, register(site, id, person("Người thi " + unit), unit));
        }

        String base = "http://" + slug + ".localhost:" + port;
        browser.get(base + "/contests/" + id);
        browser.findElement(By.id("report-link")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/contests/" + id + "/bao-cao");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Báo cáo theo đơn vị");
        assertThat(browser.findElement(By.id("report-total")).getText())
                .isEqualTo("Tổng cộng: 3 người tham gia, 3 lượt thi, trên 6 biên chế (50,00%).");
        // bars best first: SNV 100%, STC 25%; XA has no headcount, so no bar
        List<String> labels = browser.findElements(By.cssSelector("#rate-chart .chart-label")).stream()
                .map(e -> e.getText()).toList();
        assertThat(labels).containsExactly("Sở Nội vụ", "Sở Tài chính <b>đậm</b>");
        assertThat(browser.findElements(By.cssSelector("#rate-chart rect")).getFirst().getAttribute("width")).isEqualTo("330");
        assertThat(browser.findElements(By.cssSelector("#round-chart rect"))).hasSize(2);
        assertThat(browser.findElement(By.id("full-units")).getText()).isEqualTo("Sở Nội vụ");
        assertThat(browser.findElement(By.id("laggards")).getText()).startsWith("Sở Tài chính <b>đậm</b>: 25");
        assertThat(browser.findElements(By.cssSelector("#report-units tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#report-units tbody")).getText()).contains("chưa có biên chế");
        assertThat(Browsers.problems(browser)).isEmpty();
        screenshot("unit-report");

        // the printed report leaves out header, round form and links
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".round-selector")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("report-units")).isDisplayed()).isTrue();
        screenshot("unit-report-print");
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // another round, then an unknown one: a Vietnamese page, not a stack trace
        browser.get(base + "/contests/" + id + "/bao-cao?round=2");
        assertThat(browser.findElement(By.id("report-scope")).getText()).contains("Vòng thi: Tuần 2");
        assertThat(Browsers.problems(browser)).isEmpty();
        Browsers.expectFailures(browser, base + "/contests/" + id + "/bao-cao?round=7"); // that page is a 404
        browser.get(base + "/contests/" + id + "/bao-cao?round=7");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có vòng thi này");
    }

    private static void sitAllRight(Http site, String contestId, String token) {
        Http me = site.bearer(token);
        JsonNode attempt = me.post("/api/v1/contests/" + contestId + "/attempts", null).json();
        String attemptId = attempt.get("attemptId").asString();
        rightOptions(attempt).forEach((question, option) ->
                me.put("/api/v1/attempts/" + attemptId + "/answers/" + question, Map.of("optionIds", List.of(option))));
        assertThat(me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of("prediction", 3)).status()).isEqualTo(200);
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
