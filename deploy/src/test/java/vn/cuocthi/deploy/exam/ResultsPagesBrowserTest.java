package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;

/**
 * The results side of the console on a closed round: the ranking with every tie-break value and the frozen figure,
 * publication, the verification queue reflowing after a disqualification, the unit report with the collective
 * ranking and the audit log with its filters; then, on a phone, the public announcement (frozen as published,
 * names masked), a viewer who may read but not decide, and the public board's group selector.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultsPagesBrowserTest {

    @LocalServerPort
    int port;

    String slug;
    String other;
    String contestId;
    String unpublishedId;
    String twoGroupsId;
    String base;

    @BeforeAll
    void aClosedRound() {
        slug = Provinces.onboard(port, "ketquacongbo", "Tỉnh Công Bố");
        other = Provinces.onboard(port, "ketquacongbokhac", "Tỉnh Công Bố Khác");
        base = "http://" + slug + ".localhost:" + port;
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.questions(staff, 6, slug);
        assertThat(staff.put("/api/v1/admin/units", List.of(
                Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 4, "block", "SO"),
                Map.of("code", "STP", "name", "Sở Tư pháp", "headcount", 10, "block", "SO"))).status()).isLessThan(300);
        assertThat(staff.put("/api/v1/admin/units/blocks/SO", Map.of("name", "Sở, ban, ngành")).status()).isLessThan(300);
        OffsetDateTime end = now().plusMinutes(30);
        Map<String, Object> definition = new HashMap<>(contest("Cuộc thi công bố kết quả",
                List.of(round("Tuần 1", now().minusDays(1), end)), Map.of()));
        definition.put("prizes", List.of(Map.of("group", "CD", "round", "Tuần 1", "first", 1, "second", 1, "consolation", 1)));
        definition.put("collective", Map.of("blocks", List.of(Map.of("block", "SO",
                "thresholds", List.of(Map.of("minRatePercent", 10)), "participationWeight", 0.5, "scoreWeight", 0.5,
                "first", 1, "second", 1))));
        contestId = ExamFixture.publish(staff, definition);
        unpublishedId = ExamFixture.publish(staff, contest("Cuộc thi chưa có kết quả",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        Map<String, Object> twoGroups = new HashMap<>(contest("Cuộc thi hai đối tượng",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        twoGroups.put("groups", List.of(Map.of("code", "CD", "name", "Công dân", "minAge", 15),
                Map.of("code", "CB", "name", "Cán bộ, công chức", "minAge", 18)));
        @SuppressWarnings("unchecked")
        Map<String, Object> form = new HashMap<>((Map<String, Object>) twoGroups.get("registrationFields"));
        List<Object> fields = new java.util.ArrayList<>((List<Object>) form.get("fields"));
        fields.add(Map.of("name", "GROUP", "shown", true, "required", true));
        form.put("fields", fields);
        twoGroups.put("registrationFields", form);
        twoGroupsId = ExamFixture.publish(staff, twoGroups);
        Http site = Http.province(port, slug);
        sitInGroup(site, "Hoàng Văn Em", "CD");
        sitInGroup(site, "Đỗ Thị Giang", "CB");
        // four take part, so the figure frozen at the close is 4: Chi guesses it, Dũng is 1 off, Bình 96
        sit(site, "Nguyễn Văn An", "SNV", 5, 4);
        sit(site, "Trần Thị Chi", "SNV", 4, 4);
        sit(site, "Phạm Văn Dũng", "STP", 4, 5);
        sit(site, "Lê Văn Bình", "STP", 4, 100);
        TestClock.INSTANCE.advanceTo(end.toInstant().plusSeconds(1));
    }

    @AfterAll
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    @Order(1)
    void anAdminReadsTheRankingPublishesItAndAVerificationReflowsTheQueue() {
        WebDriver browser = Browsers.chromium("vi-VN,vi", 1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            Browsers.signInToConsole(browser, port, slug, "province-admin", "/admin/contests/" + contestId);
            browser.findElement(By.id("nav-results")).click();
            new Select(browser.findElement(By.id("round"))).selectByVisibleText("Tuần 1");
            browser.findElement(By.id("show")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figure-value")));
            assertThat(browser.findElement(By.id("figure-value")).getText())
                    .isEqualTo("Số liệu thực tế của câu hỏi dự đoán: 4 (số người dự thi)");
            assertThat(browser.findElement(By.id("figure-how")).getText()).startsWith("Chốt lúc").endsWith("do hệ thống tính.");
            assertThat(browser.findElement(By.id("tie-break-order")).getText()).contains("điểm (cao hơn), độ lệch dự đoán (nhỏ hơn)");
            List<String> rows = texts(browser, "#ranking tbody tr");
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0)).startsWith("1 Nguyễn Văn An Sở Nội vụ Công dân 10/10 4 0").contains("Giải Nhất");
            assertThat(rows.get(1)).startsWith("2 Trần Thị Chi").contains(" 8/10 4 0 ").contains("Giải Nhì");
            assertThat(rows.get(2)).startsWith("3 Phạm Văn Dũng").contains(" 5 1 ").contains("Giải Khuyến khích");
            assertThat(rows.get(3)).startsWith("4 Lê Văn Bình").contains(" 100 96 ");
            assertThat(browser.findElement(By.id("download-xlsx")).getAttribute("href"))
                    .contains("/api/v1/admin/contests/" + contestId + "/exports/results.xlsx?round=1");
            Browsers.screenshot(browser, "console-results");
            Browsers.guideScreenshot(browser, "quan-tri-ket-qua");

            browser.findElement(By.id("publish-results")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("published-now")));
            assertThat(browser.findElement(By.id("published-at")).getText()).contains("Đã công bố lúc").contains("test.province-admin");

            // the queue: three winners; a disqualification needs a reason, then the next in line moves up
            browser.findElement(By.id("nav-verification")).click();
            new Select(browser.findElement(By.id("round"))).selectByVisibleText("Tuần 1");
            browser.findElement(By.id("show")).click();
            assertThat(texts(browser, "#pending > li")).hasSize(3);
            decision(browser, "Nguyễn Văn An", "button[aria-label='Loại Nguyễn Văn An']").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
            assertThat(browser.findElement(By.id("problems")).getText()).contains("Cần ghi lý do loại");
            decision(browser, "Nguyễn Văn An", "input[name=reason]").sendKeys("Khai sai đơn vị công tác");
            decision(browser, "Nguyễn Văn An", "button[aria-label='Loại Nguyễn Văn An']").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertThat(browser.findElement(By.id("done")).getText()).startsWith("Đã loại Nguyễn Văn An");
            assertThat(texts(browser, "#pending > li")).satisfiesExactly(
                    chi -> assertThat(chi).contains("Trần Thị Chi").contains("Giải Nhất"),
                    dung -> assertThat(dung).contains("Phạm Văn Dũng").contains("Giải Nhì"),
                    binh -> assertThat(binh).contains("Lê Văn Bình").contains("Giải Khuyến khích"));
            assertThat(browser.findElement(By.id("disqualified")).getText()).contains("Khai sai đơn vị công tác");
            decision(browser, "Trần Thị Chi", "button[aria-label='Xác minh Trần Thị Chi']").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verified"), "Trần Thị Chi"));
            assertThat(texts(browser, "#pending > li")).hasSize(2);
            Browsers.screenshot(browser, "console-verification");
            Browsers.guideScreenshot(browser, "quan-tri-xac-minh");

            browser.findElement(By.id("nav-report")).click();
            assertThat(browser.findElements(By.cssSelector("#rate-chart rect"))).hasSize(2);
            assertThat(browser.findElement(By.id("block-0")).getText()).isEqualTo("Khối Sở, ban, ngành (SO)");
            assertThat(texts(browser, "#collective tbody tr")).satisfiesExactly(
                    snv -> assertThat(snv).startsWith("1 Sở Nội vụ").contains("Đủ điều kiện").contains("Giải Nhất"),
                    stp -> assertThat(stp).startsWith("2 Sở Tư pháp").contains("Giải Nhì"));
            Browsers.screenshot(browser, "console-unit-report");
            Browsers.guideScreenshot(browser, "quan-tri-bao-cao-don-vi");

            browser.findElement(By.id("nav-audit")).click();
            assertThat(texts(browser, "#audit-entries tbody tr")).anyMatch(row -> row.contains("Công bố kết quả"));
            new Select(browser.findElement(By.id("action"))).selectByValue("CONTESTANT_DISQUALIFIED");
            browser.findElement(By.id("filter-audit")).click();
            assertThat(texts(browser, "#audit-entries tbody tr")).singleElement().asString()
                    .contains("test.province-admin").contains("Loại thí sinh").contains("Cuộc thi công bố kết quả");
            assertThat(browser.findElement(By.id("audit-csv")).getAttribute("href")).contains("action=CONTESTANT_DISQUALIFIED");
            // a date input's typing depends on the locale's format: set the values as a picker would
            ((JavascriptExecutor) browser).executeScript("document.getElementById('from').value = '2099-12-31';"
                    + "document.getElementById('to').value = '2099-01-01';");
            browser.findElement(By.id("filter-audit")).click();
            assertThat(browser.findElement(By.id("error-summary")).getText()).contains("phải sau thời điểm bắt đầu");
            Browsers.screenshot(browser, "console-audit");
            Browsers.guideScreenshot(browser, "quan-tri-nhat-ky");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(2)
    void onAPhoneTheAnnouncementShowsWhatWasPublishedAndAViewerOnlyReads() {
        WebDriver phone = Browsers.chromium("vi-VN,vi", 360, 800);
        try {
            phone.get(base + "/contests/" + contestId);
            phone.findElement(By.id("results-link")).click();
            assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Kết quả cuộc thi");
            // published before An was disqualified: the announcement stays as announced, names masked
            assertThat(texts(phone, "[data-group=CD] .winner")).satisfiesExactly(
                    an -> assertThat(an).contains("Giải Nhất").contains("Nguyễn V. A.").contains("Sở Nội vụ").doesNotContain("Văn An"),
                    chi -> assertThat(chi).contains("Giải Nhì").contains("Trần T. C."),
                    dung -> assertThat(dung).contains("Giải Khuyến khích").contains("Phạm V. D.").contains("Sở Tư pháp"));
            assertThat(texts(phone, ".collective-winners .winner")).satisfiesExactly(
                    snv -> assertThat(snv).contains("Giải Nhất").contains("Sở Nội vụ"),
                    stp -> assertThat(stp).contains("Giải Nhì").contains("Sở Tư pháp"));
            Browsers.screenshot(phone, "public-announcement");

            phone.get(base + "/contests/" + unpublishedId);
            assertThat(phone.findElements(By.id("results-link"))).isEmpty();
            Browsers.expectFailures(phone, "/contests/" + unpublishedId + "/ket-qua");
            phone.get(base + "/contests/" + unpublishedId + "/ket-qua");
            assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Chưa công bố kết quả");
            assertThat(Http.province(port, other).get("/contests/" + contestId + "/ket-qua").status())
                    .as("another province's host knows nothing of this contest").isEqualTo(404);

            Browsers.signInToConsole(phone, port, slug, "viewer", "/admin/contests/" + contestId + "/verification?round=1");
            assertThat(texts(phone, "#pending > li")).hasSize(2);
            assertThat(phone.findElements(By.cssSelector("#main form[method=post]"))).isEmpty();
            assertThat(phone.findElement(By.cssSelector(".notice-warn")).getText()).contains("chỉ có quyền xem");
            phone.get(base + "/admin/contests/" + contestId + "/results?round=1");
            assertThat(phone.findElements(By.id("publish-results"))).isEmpty();
            assertThat(texts(phone, "#ranking tbody tr")).hasSize(3);
            Browsers.screenshot(phone, "console-results-phone");

            // the public board of one group, chosen with the selector
            phone.get(base + "/contests/" + twoGroupsId + "/xep-hang");
            assertThat(texts(phone, "#board tbody tr")).hasSize(2);
            new Select(phone.findElement(By.id("group"))).selectByVisibleText("Cán bộ, công chức");
            phone.findElement(By.cssSelector(".group-selector button")).click();
            new WebDriverWait(phone, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("group=CB"));
            assertThat(texts(phone, "#board tbody tr")).singleElement().asString().contains("Đỗ T. G.");
            assertThat(new Select(phone.findElement(By.id("group"))).getFirstSelectedOption().getText()).isEqualTo("Cán bộ, công chức");
            Browsers.screenshot(phone, "leaderboard-group");
        } finally {
            phone.quit();
        }
    }

    /** The control of one winner's card in the verification queue. */
    private static WebElement decision(WebDriver browser, String name, String css) {
        return browser.findElements(By.cssSelector("#pending > li")).stream()
                .filter(card -> card.getText().contains(name)).findFirst().orElseThrow()
                .findElement(By.cssSelector(css));
    }

    private static List<String> texts(WebDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private void sitInGroup(Http site, String name, String group) {
        Map<String, Object> body = ExamFixture.registration(person(name), null);
        body.put("group", group);
        body.put("botCheck", ExamFixture.solve(site));
        Http.Reply registered = site.post("/api/v1/contests/" + twoGroupsId + "/registrations", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Http me = site.bearer(registered.json().get("token").asString());
        String attemptId = me.post("/api/v1/contests/" + twoGroupsId + "/attempts", null).json().get("attemptId").asString();
        assertThat(me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of("prediction", 2)).status()).isEqualTo(200);
    }

    private void sit(Http site, String name, String unit, int right, long prediction) {
        Http me = site.bearer(register(site, contestId, person(name), unit));
        JsonNode attempt = me.post("/api/v1/contests/" + contestId + "/attempts", null).json();
        String attemptId = attempt.get("attemptId").asString();
        rightOptions(attempt).entrySet().stream().limit(right).forEach(answer ->
                me.put("/api/v1/attempts/" + attemptId + "/answers/" + answer.getKey(), Map.of("optionIds", List.of(answer.getValue()))));
        assertThat(me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of("prediction", prediction)).status()).isEqualTo(200);
    }
}
