package vn.cuocthi.deploy.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.exam.ExamFixture;
import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;

/**
 * The console's question bank as an editor uses it: a paged list with each question's answer and usage, a search
 * that ignores diacritics and case, a correction that becomes a new question, and a retirement after confirming. A
 * retired or corrected question is drawn by no new exam; the exam that drew it still shows it.
 */
@IntegrationTest
class QuestionBankPageBrowserTest {

    private static final String LONG_WORD = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc="
            + "1.00".repeat(40);

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

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void editorSearchesCorrectsAndRetiresQuestionsAndNewExamsDrawOnlyActiveOnes() {
        String slug = Provinces.onboard(port, "nganhang", "Tỉnh Ngân Hàng");
        String other = Provinces.onboard(port, "nganhangkhac", "Tỉnh Ngân Hàng Khác");
        Http admin = Http.province(port, slug).asAdmin();
        Http site = Http.province(port, slug);
        // six questions the contest draws five of (topic CCHC), sixteen it never draws, two to search for
        ExamFixture.questions(admin, 6, "Đề thi");
        for (int i = 0; i < 16; i++) {
            add(admin, "Câu hỏi dự phòng số " + i + " về chính quyền số?", "Chuyển đổi số", "Đúng " + i);
        }
        add(admin, "Thủ tục hành chính được công khai ở đâu?", "Kiểm soát thủ tục", "Cổng Dịch vụ công quốc gia");
        add(admin, "Tra cứu thủ tục theo đường dẫn nào?", "Dịch vụ công", LONG_WORD);
        add(Http.province(port, other).asAdmin(), "Thủ tục hành chính của tỉnh khác?", "Kiểm soát thủ tục", "Ở tỉnh khác");
        ExamFixture.units(admin);
        String contest = ExamFixture.publish(admin, ExamFixture.contest("Cuộc thi ngân hàng câu hỏi",
                List.of(ExamFixture.round("Tuần 1", ExamFixture.now().minusHours(1), ExamFixture.now().plusDays(7))),
                Map.of("topicQuotas", List.of(Map.of("topic", "CCHC", "count", 5)))));
        Http first = site.bearer(ExamFixture.register(site, contest, ExamFixture.person("Nguyễn Văn Bình"), null));
        JsonNode attempt = first.post("/api/v1/contests/" + contest + "/attempts", null).json();
        String attemptId = attempt.get("attemptId").asString();
        JsonNode corrected = attempt.at("/questions/0");
        JsonNode retired = attempt.at("/questions/1");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browsers.signInToConsole(browser, port, slug, "editor", "/admin/questions");
        assertThat(text("bank-count")).isEqualTo("Câu 1–20 trong tổng số 24 câu hỏi");
        assertThat(browser.findElements(By.cssSelector("#questions > li"))).hasSize(20);
        browser.findElement(By.linkText("Trang sau")).click();
        wait.until(ExpectedConditions.textToBe(By.id("bank-count"), "Câu 21–24 trong tổng số 24 câu hỏi"));

        // without diacritics or in capitals, in the text or the topic; never another province's question
        search("thu tuc hanh chinh");
        assertThat(texts()).containsExactly("Thủ tục hành chính được công khai ở đâu?");
        assertThat(browser.findElement(By.cssSelector("#questions .answer")).getText()).isEqualTo("Cổng Dịch vụ công quốc gia");
        search("KIỂM SOÁT");
        assertThat(texts()).containsExactly("Thủ tục hành chính được công khai ở đâu?");
        search("dich vu cong");
        assertThat(texts()).containsExactly("Tra cứu thủ tục theo đường dẫn nào?");
        // a long word wraps inside its card instead of widening the page
        WebElement answer = browser.findElement(By.cssSelector("#questions .answer"));
        assertThat(answer.getRect().getWidth()).isLessThan(1024);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isZero();

        // the drawn question: its usage, then a correction refused in place and sent again
        search(corrected.get("text").asString());
        assertThat(texts()).containsExactly(corrected.get("text").asString());
        assertThat(browser.findElement(By.cssSelector("#questions .usage")).getText()).isEqualTo("1 bài thi");
        browser.findElement(By.cssSelector("#questions a.edit")).click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
        text.clear();
        browser.findElement(By.id("save-question")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(text("text-error")).isEqualTo("Câu hỏi cần có nội dung.");
        browser.findElement(By.id("text")).sendKeys("Đề thi – câu hỏi đã sửa về cải cách hành chính?");
        browser.findElement(By.id("save-question")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bank-status"), "Đã lưu câu hỏi đã sửa"));
        search("cau hoi da sua");
        assertThat(texts()).containsExactly("Đề thi – câu hỏi đã sửa về cải cách hành chính?");
        assertThat(browser.findElement(By.cssSelector("#questions .usage")).getText()).isEqualTo("0 bài thi");

        // retiring asks first
        search(retired.get("text").asString());
        browser.findElement(By.cssSelector("#questions a.retire")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("retire-confirm")));
        assertThat(text("retire-confirm")).contains(retired.get("text").asString());
        browser.findElement(By.id("retire-question")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bank-status"), "Đã ngừng sử dụng câu hỏi"));
        assertThat(text("bank-count")).isEqualTo("Câu 1–20 trong tổng số 23 câu hỏi");
        Browsers.screenshot(browser, "question-bank");

        // the exam that drew them still shows both as they were
        JsonNode resumed = first.get("/api/v1/attempts/" + attemptId).json();
        assertThat(resumed.at("/questions/0/text").asString()).isEqualTo(corrected.get("text").asString());
        assertThat(resumed.at("/questions/1/text").asString()).isEqualTo(retired.get("text").asString());

        // a new exam, once the pool cache (30 s) has passed, draws the five active CCHC questions: the correction, not them
        TestClock.INSTANCE.advance(Duration.ofSeconds(31));
        Http second = site.bearer(ExamFixture.register(site, contest, ExamFixture.person("Trần Thị Cúc"), null));
        JsonNode drawn = second.post("/api/v1/contests/" + contest + "/attempts", null).json();
        Set<String> drawnTexts = new HashSet<>();
        drawn.get("questions").forEach(question -> drawnTexts.add(question.get("text").asString()));
        assertThat(drawnTexts).hasSize(5).contains("Đề thi – câu hỏi đã sửa về cải cách hành chính?")
                .doesNotContain(corrected.get("text").asString(), retired.get("text").asString());
    }

    private void search(String words) {
        browser.get("http://" + browser.getCurrentUrl().split("/")[2] + "/admin/questions");
        WebElement box = browser.findElement(By.id("search-text"));
        box.clear();
        box.sendKeys(words);
        browser.findElement(By.id("search")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("text="));
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        browser.findElements(By.cssSelector("#questions .question-text")).forEach(element -> texts.add(element.getText()));
        return texts;
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void add(Http staff, String text, String topic, String answer) {
        Http.Reply reply = staff.post("/api/v1/admin/questions", Map.of("text", text, "topic", topic,
                "options", List.of(Map.of("text", answer, "correct", true), Map.of("text", "Phương án khác", "correct", false))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
