package vn.cuocthi.deploy.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.contest.ContestJson.complete;
import static vn.cuocthi.deploy.contest.ContestJson.round;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.exam.ExamFixture;
import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.personal.Retention;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * An editor sets up a whole contest in the console's wizard, step by step, and publishes it; refused steps show
 * their problems in place; a started contest's locked rules are refused in place; the sharing page gives the link,
 * the QR downloads and the banner snippet; and the wizard fits a phone.
 */
@IntegrationTest
class ContestWizardBrowserTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern CONTEST_ID = Pattern.compile("/admin/contests/([0-9a-f-]{36})");

    private static WebDriver browser;
    /** A province for the shorter tests and as the other province of isolation checks: one onboarding, not one each. */
    private static String second;

    @LocalServerPort
    int port;
    @Autowired
    Retention retention;
    @Autowired
    ContestStore contestStore;
    @Autowired
    TenantRegistry registry;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.chromium("vi-VN,vi", 1280, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void editorWalksTheWizardFromANewContestToAPublishedOne() throws Exception {
        String slug = Provinces.onboard(port, "thuthuat", "Tỉnh Thủ Thuật");
        signIn(browser, slug, "editor", "/admin/questions");
        importQuestions(slug, "Thủ tục hành chính", 6);

        open(slug, "/admin");
        browser.findElement(By.id("new-contest")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        // (a) general
        browser.findElement(By.id("save-next")).click();
        assertErrorInPlace("name", "cần có tên");
        type("name", "Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2026");
        // description and rules through the editor's toolbar, not typed HTML
        assertThat(browser.findElement(By.id("description")).isDisplayed()).as("the textarea gives way to the editor").isFalse();
        WebElement description = browser.findElement(By.id("description-editor"));
        assertThat(description.getAttribute("role")).isEqualTo("textbox");
        description.click();
        description.sendKeys("Tìm hiểu về ");
        WebElement bold = browser.findElement(By.cssSelector(".rich-editor [data-command=bold]"));
        bold.click();
        assertThat(bold.getAttribute("aria-pressed")).isEqualTo("true");
        description.sendKeys("cải cách hành chính");
        bold.click();
        WebElement rules = browser.findElement(By.id("rules-editor"));
        rules.click();
        browser.findElements(By.cssSelector(".rich-editor [data-command=insertUnorderedList]")).get(1).click();
        rules.sendKeys("Mỗi người được thi tối đa 3 lần mỗi tuần." + Keys.ENTER + "Xem ");
        browser.findElements(By.cssSelector(".rich-editor [data-command=link]")).get(1).click();
        browser.findElement(By.id("rules-link")).sendKeys("https://vanban.chinhphu.vn/nq76");
        browser.findElement(By.id("rules-link-insert")).click();
        Browsers.screenshot(browser, "wizard-general-1280");
        type("documents-0-title", "Nghị quyết 76/NQ-CP");
        type("documents-0-url", "https://vanban.chinhphu.vn/nq76");
        Browsers.guideScreenshot(browser, "quan-tri-thiet-lap-1-thong-tin-chung");
        saveAndContinue("rounds-0-name");
        Matcher id = CONTEST_ID.matcher(browser.getCurrentUrl());
        assertThat(id.find()).as(browser.getCurrentUrl()).isTrue();
        String contestId = id.group(1);

        // (b) schedule: a round ending before it starts is refused in place, nothing saved; then fixed
        LocalDateTime start = LocalDateTime.now(VIETNAM).plusDays(7).withHour(7).withMinute(30).withSecond(0).withNano(0);
        LocalDateTime end = start.plusDays(6).withHour(23).withMinute(59).withSecond(59);
        type("rounds-0-name", "Tuần 1");
        // dates read and typed the Vietnamese way (31/12/2026 07:30, 24 hours), not the browser's AM/PM picker
        type("rounds-0-startsAt", "31/02/2026 07:30");
        browser.findElement(By.id("save-next")).click();
        assertErrorInPlace("rounds-0-startsAt", "Thời điểm \"31/02/2026 07:30\" không hợp lệ");
        type("rounds-0-startsAt", VIETNAMESE.format(start));
        type("rounds-0-endsAt", VIETNAMESE.format(start.minusDays(1)));
        browser.findElement(By.id("add-round")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("rounds-1-name")));
        assertThat(browser.findElement(By.id("rounds-0-name")).getAttribute("value")).isEqualTo("Tuần 1");
        browser.findElement(By.cssSelector("button[name=remove][value='rounds:1']")).click();
        wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("rounds-1-name")));
        browser.findElement(By.id("save-next")).click();
        assertErrorInPlace("rounds-0-endsAt", "kết thúc trước");
        assertThat(browser.findElement(By.id("rounds-0-endsAt")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(staff(slug).get("/api/v1/admin/contests/" + contestId).json().get("rounds").size()).as("nothing saved").isZero();
        type("rounds-0-endsAt", VIETNAMESE.format(end.withSecond(0)) + ":59");
        Browsers.guideScreenshot(browser, "quan-tri-thiet-lap-2-lich-thi");
        saveAndContinue("groups-0-code");
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Đã lưu.");

        // (c) groups: the code follows the name as it is typed; a code with spaces or diacritics is refused by name
        type("groups-0-name", "Cán bộ, công chức, viên chức");
        assertThat(browser.findElement(By.id("groups-0-code")).getAttribute("value")).isEqualTo("CAN-BO-CONG-CHUC-VIEN-CHUC");
        type("groups-0-code", "Cán bộ");
        type("groups-0-minAge", "18");
        browser.findElement(By.id("save-next")).click();
        assertErrorInPlace("groups-0-code", "Mã nhóm \"Cán bộ\" không hợp lệ");
        assertThat(browser.findElement(By.id("groups-0-code-error")).getText()).contains("ví dụ CAN-BO");
        type("groups-0-code", "");
        saveAndContinue("exam-questionCount");

        // (d) exam rules, with a quota of the imported topic: a topic the bank does not have is refused by name
        type("exam-questionCount", "5");
        type("exam-timeLimitSeconds", "15");
        type("exam-attemptsTotal", "");
        new Select(browser.findElement(By.id("exam-countedAttempt"))).selectByValue("BEST");
        type("exam-topicQuotas-0-topic", "Thủ tục hành chánh");
        type("exam-topicQuotas-0-count", "3");
        browser.findElement(By.id("save-next")).click();
        assertErrorInPlace("exam-topicQuotas-0-topic", "Chủ đề \"Thủ tục hành chánh\" không có câu hỏi nào");
        type("exam-topicQuotas-0-topic", "Thủ tục hành chính");
        Browsers.guideScreenshot(browser, "quan-tri-thiet-lap-4-the-le");
        saveAndContinue("prediction");

        Browsers.screenshot(browser, "wizard-ranking-1280");
        // (e) prediction and ranking order
        type("prediction", "Tuần này có bao nhiêu người dự thi?");
        new Select(browser.findElement(By.id("prediction-measure"))).selectByValue("PARTICIPANTS");
        new Select(browser.findElement(By.id("tieBreak-1"))).selectByValue("SCORE");
        new Select(browser.findElement(By.id("tieBreak-2"))).selectByValue("PREDICTION");
        new Select(browser.findElement(By.id("tieBreak-3"))).selectByValue("DURATION");
        new Select(browser.findElement(By.id("tieBreak-4"))).selectByValue("SUBMITTED_AT");
        saveAndContinue("registrationFields-exclusions");

        // (f) registration: the group's minimum age needs the birth date, which is not required yet; a bad CCCD is
        // refused in place, then corrected
        assertThat(browser.findElement(By.id("age-warning")).getText()).contains("Ngày sinh chưa được hỏi bắt buộc");
        // the retention is the province admin's: an editor reads it, with no field to change it
        assertThat(browser.findElement(By.id("retention-fixed")).getText()).contains("12 tháng", "Chỉ quản trị viên");
        assertThat(browser.findElements(By.id("retentionMonths"))).isEmpty();
        for (String field : List.of("required-EMAIL", "required-BIRTH_DATE")) {
            WebElement box = browser.findElement(By.id(field));
            if (!box.isSelected()) {
                box.click();
            }
        }
        type("registrationFields-exclusions", "00109000; Thành viên Ban Tổ chức");
        browser.findElement(By.id("save-next")).click();
        assertErrorInPlace("registrationFields-exclusions", "Số điện thoại \"00109000\" không hợp lệ");
        assertThat(browser.findElement(By.id("error-summary-title")).getText()).isEqualTo("Còn 1 mục cần điền hoặc sửa lại");
        assertThat(browser.findElements(By.id("age-warning"))).as("the birth date is now required").isEmpty();
        type("registrationFields-exclusions", "001090000001; Thành viên Ban Tổ chức\n0912345678; Người ra đề");
        saveAndContinue("prizes-0-group");

        // (g) prizes for the group (by its name) in week 1; collective thresholds are rows of fields
        Select prizeGroup = new Select(browser.findElement(By.id("prizes-0-group")));
        assertThat(prizeGroup.getOptions()).extracting(WebElement::getText).containsExactly("Cán bộ, công chức, viên chức");
        browser.findElement(By.id("add-threshold-0")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("collective-blocks-0-thresholds-1-belowHeadcount")));
        assertThat(browser.findElement(By.cssSelector("label[for=collective-blocks-0-thresholds-1-minRatePercent]")).getText())
                .isEqualTo("Khối 1, ngưỡng 2: tỷ lệ tham gia tối thiểu (%)");
        prizeGroup = new Select(browser.findElement(By.id("prizes-0-group")));
        prizeGroup.selectByValue("CAN-BO-CONG-CHUC-VIEN-CHUC");
        new Select(browser.findElement(By.id("prizes-0-round"))).selectByValue("Tuần 1");
        type("prizes-0-first", "1");
        type("prizes-0-second", "2");
        type("prizes-0-third", "3");
        type("prizes-0-consolation", "5");
        Browsers.guideScreenshot(browser, "quan-tri-thiet-lap-7-giai-thuong");
        browser.findElement(By.id("save-next")).click();

        // the contest page: a checklist with every part ready and the contestants' view, then publish, which checks
        // everything again
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Bản nháp");
        assertThat(browser.findElements(By.cssSelector("#checklist > li.missing"))).as(browser.findElement(By.id("checklist")).getText()).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#checklist > li.ok"))).hasSize(7);
        assertThat(browser.findElement(By.cssSelector("#check-rounds a")).getAttribute("href")).endsWith("/edit/schedule");
        assertThat(browser.findElement(By.cssSelector("#preview b")).getText()).isEqualTo("cải cách hành chính");
        assertThat(browser.findElement(By.id("preview-rules")).getText()).contains("Mỗi người được thi tối đa 3 lần mỗi tuần.");
        Browsers.screenshot(browser, "contest-checklist-1280");
        Browsers.guideScreenshot(browser, "quan-tri-cong-bo");
        browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
        wait(browser).until(ExpectedConditions.textToBe(By.id("status"), "Đã công bố"));
        String shown = browser.findElement(By.id("contest-short-link")).getText();

        JsonNode saved = staff(slug).get("/api/v1/admin/contests/" + contestId).json();
        assertThat(saved.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(saved.get("name").asString()).isEqualTo("Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2026");
        assertThat(saved.at("/documents/0/url").asString()).isEqualTo("https://vanban.chinhphu.vn/nq76");
        assertThat(saved.at("/rounds/0/startsAt").asString()).isEqualTo(start + ":00+07:00");
        assertThat(saved.at("/rounds/0/endsAt").asString()).endsWith("T23:59:59+07:00");
        assertThat(saved.get("description").asString()).isEqualTo("<p>Tìm hiểu về <b>cải cách hành chính</b></p>");
        assertThat(saved.get("rules").asString()).contains("<ul>", "<li>Mỗi người được thi tối đa 3 lần mỗi tuần.</li>",
                "<a href=\"https://vanban.chinhphu.vn/nq76\"");
        assertThat(saved.at("/groups/0/code").asString()).isEqualTo("CAN-BO-CONG-CHUC-VIEN-CHUC");
        assertThat(saved.at("/groups/0/minAge").asInt()).isEqualTo(18);
        assertThat(saved.at("/prizes/0/group").asString()).isEqualTo("CAN-BO-CONG-CHUC-VIEN-CHUC");
        assertThat(saved.at("/exam/questionCount").asInt()).isEqualTo(5);
        assertThat(saved.at("/exam/timeLimitSeconds").asInt()).isEqualTo(900);
        assertThat(saved.at("/exam/attemptsPerRound").asInt()).isEqualTo(3);
        assertThat(saved.at("/exam/attemptsTotal").isNull() || saved.at("/exam/attemptsTotal").isMissingNode()).isTrue();
        assertThat(saved.at("/exam/topicQuotas/0/topic").asString()).isEqualTo("Thủ tục hành chính");
        assertThat(saved.at("/exam/topicQuotas/0/count").asInt()).isEqualTo(3);
        assertThat(saved.at("/prediction/measure").asString()).isEqualTo("PARTICIPANTS");
        assertThat(saved.get("tieBreaks").toString()).isEqualTo("[\"SCORE\",\"PREDICTION\",\"DURATION\",\"SUBMITTED_AT\"]");
        assertThat(saved.at("/registrationFields/exclusions/0/cccd").asString()).isEqualTo("001090000001");
        assertThat(saved.at("/registrationFields/exclusions/1/phone").asString()).isEqualTo("0912345678");
        assertThat(saved.at("/prizes/0/round").asString()).isEqualTo("Tuần 1");
        assertThat(saved.at("/prizes/0/consolation").asInt()).isEqualTo(5);
        JsonNode audit = staff(slug).get("/api/v1/admin/contests/" + contestId + "/audit").json();
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("test.editor");

        // its short link leads to the published page; on another province's host the code names nothing
        String shortUrl = staff(slug).get("/api/v1/admin/contests/" + contestId + "/sharing").json().get("shortUrl").asString();
        assertThat(shortUrl).matches("http://" + slug + "\\.localhost:" + port + "/c/[a-z2-9]{6}").isEqualTo(shown);
        browser.get(shortUrl);
        wait(browser).until(ExpectedConditions.urlToBe("http://" + slug + ".localhost:" + port + "/contests/" + contestId));
        String code = shortUrl.substring(shortUrl.lastIndexOf('/'));
        assertThat(Http.province(port, secondProvince()).get(code).status()).isEqualTo(404);
    }

    @Test
    void adminSetsHowLongPersonalDataIsKeptAndTheRetentionJobErasesThenNotBefore() {
        String slug = Provinces.onboard(port, "luugiu", "Tỉnh Lưu Giữ");
        Http admin = staff(slug);
        ExamFixture.units(admin);
        ExamFixture.questions(admin, 6, slug);
        String contestId = ExamFixture.publish(admin, ExamFixture.contest("Cuộc thi lưu giữ dữ liệu",
                List.of(ExamFixture.round("Tuần 1", ExamFixture.now().plusHours(2), ExamFixture.now().plusDays(5))), Map.of()));
        ExamFixture.register(Http.province(port, slug), contestId, ExamFixture.person("Lưu Thị Hoa"), null);
        String elsewhere = staff(secondProvince()).post("/api/v1/admin/contests", Map.of("name", "Cuộc thi tỉnh bên")).json()
                .get("id").asString();
        OffsetDateTime end = OffsetDateTime.parse(admin.get("/api/v1/admin/contests/" + contestId).json().at("/rounds/0/endsAt").asString());

        signIn(browser, slug, "province-admin", "/admin/contests/" + contestId + "/edit/registration");
        assertThat(browser.findElement(By.id("retentionMonths")).getAttribute("value")).as("the default").isEqualTo("12");
        assertThat(browser.findElement(By.id("retentionMonths-hint")).getText())
                .contains("vòng thi cuối kết thúc", "tự động xoá dữ liệu cá nhân", "kết quả thi vẫn giữ", "che bớt", "mặc định 12 tháng");
        assertThat(browser.findElement(By.id("retention-erased-on")).getText()).endsWith(day(end, 12) + ".");

        // out of range: refused in place, in Vietnamese, under a heading that counts what to fix; nothing saved
        type("retentionMonths", "0");
        Browsers.submit(browser, By.id("save-next"));
        assertErrorInPlace("retentionMonths", "Thời gian lưu giữ là từ 1 đến 120 tháng.");
        assertThat(browser.findElement(By.id("error-summary-title")).getText()).isEqualTo("Còn 1 mục cần điền hoặc sửa lại");
        assertThat(browser.findElement(By.id("retentionMonths")).getAttribute("value")).as("shown as typed").isEqualTo("0");
        Browsers.screenshot(browser, "wizard-retention-refused-1280");
        assertThat(in(slug, () -> retention.months(contest(contestId)))).isEqualTo(12);

        type("retentionMonths", "2");
        Browsers.submit(browser, By.cssSelector("button[name=action][value=stay]"));
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Đã lưu.");
        assertThat(browser.findElement(By.id("retentionMonths")).getAttribute("value")).isEqualTo("2");
        assertThat(browser.findElement(By.id("retention-erased-on")).getText()).endsWith(day(end, 2) + ".");
        open(slug, "/admin/contests/" + contestId);
        assertThat(browser.findElement(By.id("retention-summary")).getText()).contains("2 tháng", "đến ngày " + day(end, 2));
        Browsers.screenshot(browser, "contest-retention-1280");

        // the job uses the months saved from the page: nothing before the last round's end plus 2 months, then the
        // registration; the other province's contest keeps the default
        Instant until = kept(end, 2);
        assertThat(in(slug, () -> retention.keptUntil(contest(contestId)))).contains(until);
        assertThat(in(secondProvince(), () -> retention.months(contest(elsewhere)))).isEqualTo(12);
        try {
            TestClock.INSTANCE.advanceTo(until.minus(Duration.ofHours(1)));
            assertThat(in(slug, () -> retention.runHere())).as("an hour before").isZero();
            TestClock.INSTANCE.advanceTo(until);
            assertThat(in(slug, () -> retention.runHere())).isEqualTo(1);
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    @Test
    void editorMakesWeeklyRoundsFromThisMondayInVietnamTime() {
        String slug = secondProvince();
        String contestId = staff(slug).post("/api/v1/admin/contests", Map.of("name", "Cuộc thi hằng tuần")).json().get("id").asString();
        signIn(browser, slug, "editor", "/admin/contests/" + contestId + "/edit/schedule");
        type("weeklyCount", "60");
        browser.findElement(By.id("generate-weekly")).click();
        assertErrorInPlace("weeklyCount", "từ 1 đến 52");
        type("weeklyCount", "3");
        browser.findElement(By.id("generate-weekly")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("weekly-generated")));
        LocalDate monday = LocalDate.now(VIETNAM).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(browser.findElement(By.id("rounds-0-name")).getAttribute("value")).isEqualTo("Tuần 1");
        assertThat(browser.findElement(By.id("rounds-0-startsAt")).getAttribute("value")).isEqualTo(VIETNAMESE.format(monday.atStartOfDay()));
        assertThat(browser.findElement(By.id("rounds-2-endsAt")).getAttribute("value"))
                .isEqualTo(VIETNAMESE.format(monday.plusDays(20).atStartOfDay()).replace("00:00", "23:59:59"));
        assertThat(staff(slug).get("/api/v1/admin/contests/" + contestId).json().get("rounds").size()).as("not saved yet").isZero();
        browser.findElement(By.cssSelector("button[name=action][value=stay]")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        JsonNode rounds = staff(slug).get("/api/v1/admin/contests/" + contestId).json().get("rounds");
        assertThat(rounds.size()).isEqualTo(3);
        assertThat(rounds.at("/1/startsAt").asString()).isEqualTo(monday.plusDays(7) + "T00:00:00+07:00");
        assertThat(rounds.at("/2/endsAt").asString()).isEqualTo(monday.plusDays(20) + "T23:59:59+07:00");
    }

    @Test
    void lockedRulesOfAStartedContestAreRefusedInPlace() {
        String slug = Provinces.onboard(port, "dakhoa", "Tỉnh Đã Khoá");
        String contestId = startedContest(slug);
        signIn(browser, slug, "editor", "/admin/contests/" + contestId + "/edit/exam");
        assertThat(browser.findElement(By.cssSelector(".notice-warn")).getText()).contains("đã bắt đầu");

        type("exam-questionCount", "25");
        browser.findElement(By.id("save-next")).click();

        assertErrorInPlace("exam-questionCount", "không được thay đổi số câu hỏi mỗi bài thi");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Không được thay đổi thể lệ");
        assertThat(staff(slug).get("/api/v1/admin/contests/" + contestId).json().at("/exam/questionCount").asInt()).isEqualTo(20);
    }

    @Test
    void editorUploadsAReferenceDocumentInTheGeneralStepAndDeletesIt() throws Exception {
        String slug = Provinces.onboard(port, "tailen", "Tỉnh Tải Lên");
        String contestId = staff(slug).post("/api/v1/admin/contests", Map.of("name", "Cuộc thi có tài liệu")).json().get("id").asString();
        signIn(browser, slug, "editor", "/admin/contests/" + contestId + "/edit/general");
        assertThat(browser.findElement(By.id("no-uploads")).getText()).contains("Chưa có tệp");

        // a file that is not a document is refused in place, nothing stored
        Path script = Files.createTempFile("the-le", ".pdf");
        Files.writeString(script, "<script>alert(1)</script>", StandardCharsets.UTF_8);
        browser.findElement(By.id("document-file")).sendKeys(script.toString());
        browser.findElement(By.id("upload-document")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("document-errors")));
        assertThat(browser.findElement(By.id("document-errors")).getText()).contains("không phải PDF");
        assertThat(staff(slug).get("/api/v1/admin/contests/" + contestId + "/documents").json().size()).isZero();

        Path pdf = Files.createTempFile("the-le", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% Thể lệ cuộc thi\n%%EOF\n", StandardCharsets.UTF_8);
        type("document-title", "Thể lệ cuộc thi");
        browser.findElement(By.id("document-file")).sendKeys(pdf.toString());
        browser.findElement(By.id("upload-document")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("document-uploaded")));
        WebElement link = browser.findElement(By.cssSelector("#uploaded-documents a"));
        assertThat(link.getText()).isEqualTo("Thể lệ cuộc thi");
        assertThat(link.getAttribute("href")).contains("/contests/" + contestId + "/documents/");
        // the uploaded file is not a typed link row, and saving the step keeps it
        assertThat(browser.findElement(By.id("documents-0-url")).getAttribute("value")).isEmpty();
        browser.findElement(By.cssSelector("button[name=action][value=stay]")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(staff(slug).get("/api/v1/admin/contests/" + contestId).json().at("/documents/0/title").asString())
                .isEqualTo("Thể lệ cuộc thi");

        browser.findElement(By.cssSelector("#uploaded-documents form button")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("document-deleted")));
        assertThat(browser.findElement(By.id("no-uploads")).isDisplayed()).isTrue();
        assertThat(staff(slug).get("/api/v1/admin/contests/" + contestId).json().get("documents").size()).isZero();
    }

    @Test
    void sharingPageGivesTheLinkQrDownloadsAndBannerSnippet() {
        String slug = Provinces.onboard(port, "chiase", "Tỉnh Chia Sẻ");
        String contestId = staff(slug).post("/api/v1/admin/contests", Map.of("name", "Cuộc thi để chia sẻ")).json().get("id").asString();
        signIn(browser, slug, "viewer", "/admin");
        browser.findElement(By.cssSelector("a[href$='/admin/contests/" + contestId + "/sharing']")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("public-link")));

        String link = "http://" + slug + ".localhost:" + port + "/contests/" + contestId;
        assertThat(browser.findElement(By.id("public-link")).getText()).isEqualTo(link);
        assertThat(browser.findElement(By.id("qr-png")).getAttribute("href")).endsWith("/api/v1/admin/contests/" + contestId + "/qr.png");
        assertThat(browser.findElement(By.id("qr-svg")).getAttribute("href")).endsWith("/api/v1/admin/contests/" + contestId + "/qr.svg");
        WebElement banner = browser.findElement(By.id("banner-snippet"));
        assertThat(banner.getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.cssSelector("label[for=banner-snippet]")).getText()).contains("Mã HTML");
        assertThat(banner.getAttribute("value")).startsWith("<a href=\"" + link + "\"").contains("Tham gia Cuộc thi để chia sẻ");
        // a short link, copy buttons and plain Zalo and Facebook share links (no third-party script)
        String shortLink = browser.findElement(By.id("short-link")).getText();
        assertThat(shortLink).matches("http://" + slug + "\\.localhost:" + port + "/c/[a-z2-9]{6}");
        String encoded = java.net.URLEncoder.encode(shortLink, StandardCharsets.UTF_8);
        assertThat(browser.findElement(By.id("share-zalo")).getAttribute("href")).endsWith(encoded);
        assertThat(browser.findElement(By.id("share-facebook")).getAttribute("href"))
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + encoded);
        browser.findElement(By.id("copy-short")).click();
        wait(browser).until(ExpectedConditions.textToBe(By.id("copy-status"), "Đã sao chép."));
        assertThat(staff(slug).get("/api/v1/admin/contests/" + contestId + "/sharing").json().get("shortUrl").asString())
                .as("the code stays the contest's").isEqualTo(shortLink);
        // a draft's short link leads nowhere yet, as its long link
        assertThat(Http.province(port, slug).get(shortLink.substring(shortLink.indexOf("/c/"))).status()).isEqualTo(404);
        // the QR preview is served to the signed-in console session (the image really loaded)
        Object width = ((JavascriptExecutor) browser).executeScript("return document.querySelector('img.qr').naturalWidth;");
        assertThat(((Number) width).intValue()).isPositive();

        // the draft's page lists what publication still needs, each with the step that fixes it
        open(slug, "/admin/contests/" + contestId);
        assertThat(browser.findElement(By.id("check-rounds")).getAttribute("class")).isEqualTo("missing");
        assertThat(browser.findElement(By.id("check-rounds")).getText()).contains("Còn thiếu", "Vòng thi");
        assertThat(browser.findElement(By.cssSelector("#check-rounds a")).getAttribute("href")).endsWith("/edit/schedule");
        assertThat(browser.findElement(By.cssSelector("#check-questions a")).getAttribute("href")).endsWith("/edit/exam");
    }

    @Test
    void wizardFitsAPhoneAndATablet() {
        String slug = Provinces.onboard(port, "dienthoai", "Tỉnh Điện Thoại");
        String contestId = staff(slug).post("/api/v1/admin/contests", Map.of("name", "Cuộc thi trên điện thoại")).json().get("id").asString();
        for (int width : new int[] {360, 820}) {
            WebDriver small = Browsers.chromium("vi-VN,vi", width, 844);
            try {
                signIn(small, slug, "editor", "/admin/contests/" + contestId + "/edit/schedule");
                assertThat(small.findElement(By.cssSelector("label[for=rounds-0-startsAt]")).getText()).isEqualTo("Bắt đầu vòng 1");
                assertThat(small.findElement(By.id("rounds-0-startsAt")).getAttribute("type")).isEqualTo("text");
                assertThat(small.findElement(By.id("rounds-0-startsAt")).getAttribute("placeholder")).isEqualTo("dd/mm/yyyy hh:mm");
                assertNoHorizontalScroll(small, width);
                Browsers.screenshot(small, "wizard-schedule-" + width);
                small.get("http://" + slug + ".localhost:" + port + "/admin/contests/" + contestId + "/edit/general");
                assertThat(small.findElement(By.id("rules-editor")).isDisplayed()).isTrue();
                assertNoHorizontalScroll(small, width);
                Browsers.screenshot(small, "wizard-general-" + width);
                small.get("http://" + slug + ".localhost:" + port + "/admin/contests/" + contestId);
                assertNoHorizontalScroll(small, width);
                small.get("http://" + slug + ".localhost:" + port + "/admin/contests/" + contestId + "/sharing");
                assertNoHorizontalScroll(small, width);
                small.get("http://" + slug + ".localhost:" + port + "/admin/contests/" + contestId + "/edit/prizes");
                assertNoHorizontalScroll(small, width);
                Browsers.screenshot(small, "wizard-prizes-" + width);
                small.get("http://" + slug + ".localhost:" + port + "/admin/contests/" + contestId + "/edit/registration");
                assertNoHorizontalScroll(small, width);
            } finally {
                small.quit();
            }
        }
    }

    /** A published contest whose first round began yesterday, through the API. */
    private String startedContest(String slug) {
        for (Map<String, Object> question : ContestJson.questions("QUOTA", 25, slug)) {
            assertThat(staff(slug).post("/api/v1/admin/questions", question).status()).isEqualTo(201);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        Http.Reply created = staff(slug).post("/api/v1/admin/contests", complete("Đang diễn ra",
                List.of(round("Tuần 1", now.minusDays(1).toString(), now.plusDays(6).toString())), 20, 15));
        String id = created.json().get("id").asString();
        Http.Reply published = staff(slug).post("/api/v1/admin/contests/" + id + "/publish", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** When the job erases: {@code months} after {@code end}, counted as it counts them (UTC calendar months). */
    private static Instant kept(OffsetDateTime end, int months) {
        return end.atZoneSameInstant(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /** {@link #kept}'s day in Vietnam, as pages write it. */
    private static String day(OffsetDateTime end, int months) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(kept(end, months).atZone(VIETNAM));
    }

    private Contest contest(String id) {
        return contestStore.find(UUID.fromString(id)).orElseThrow();
    }

    private <T> T in(String slug, Supplier<T> work) {
        return TenantContext.call(registry.find(slug).orElseThrow(), work);
    }

    private synchronized String secondProvince() {
        if (second == null) {
            second = Provinces.onboard(port, "hangtuan", "Tỉnh Hằng Tuần");
        }
        return second;
    }

    private void importQuestions(String slug, String topic, int count) throws Exception {
        StringBuilder gift = new StringBuilder("$CATEGORY: $course$/top/" + topic + "\n\n");
        for (int i = 1; i <= count; i++) {
            gift.append("::TTHC-").append(i).append(":: Câu hỏi số ").append(i).append(" về thủ tục hành chính của tỉnh ")
                    .append(slug).append("? {\n  =Phương án đúng\n  ~Phương án sai\n}\n\n");
        }
        Path file = Files.createTempFile("ngan-hang", ".gift");
        Files.writeString(file, gift, StandardCharsets.UTF_8);
        open(slug, "/admin/questions");
        new Select(browser.findElement(By.id("format"))).selectByValue("gift");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "Đã nhập " + count + " câu hỏi"));
    }

    private void signIn(WebDriver driver, String slug, String role, String path) {
        Browsers.signInToConsole(driver, port, slug, role, path);
    }

    private void open(String slug, String path) {
        browser.get("http://" + slug + ".localhost:" + port + path);
    }

    private Http staff(String slug) {
        return Http.province(port, slug).asAdmin();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }


    private static void saveAndContinue(String nextStepInput) {
        browser.findElement(By.id("save-next")).click();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(nextStepInput)));
    }

    /** The message is next to the field and in the summary at the top, which is an alert. */
    private static void assertErrorInPlace(String fieldId, String message) {
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary")).getAttribute("role")).isEqualTo("alert");
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains(message);
        assertThat(browser.findElement(By.id(fieldId + "-error")).getText()).contains(message);
    }

    private static void assertNoHorizontalScroll(WebDriver driver, int width) {
        Object widths = ((JavascriptExecutor) driver).executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        @SuppressWarnings("unchecked")
        List<Number> pair = (List<Number>) widths;
        assertThat(pair.get(0).intValue()).as("page fits a " + width + " px screen").isLessThanOrEqualTo(pair.get(1).intValue());
    }
}
