package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.RIGHT;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * A contestant's pages in real headless Chromium: registration with the bot check, sign-out and sign-in, the exam
 * with autosave, a reload and a second tab, the server's deadline, a phone's screen, the result, and the public
 * leaderboard and unit statistics.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamPagesBrowserTest {

    private static final String SAVED = "Đã lưu";

    @LocalServerPort
    int port;

    String province;
    WebDriver browser;

    @BeforeAll
    void province() {
        province = Provinces.onboard(port, "trangthi", "Tỉnh Trang Thi");
        Http staff = Http.province(port, province).asAdmin();
        ExamFixture.questions(staff, 10, province);
        ExamFixture.units(staff);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void contestantRegistersSignsInSitsTheExamThroughAReloadAndSeesTheRightScore() {
        String contest = openContest("Trang thi – luồng chính");
        ExamFixture.Person person = person("Nguyễn Văn Bình");
        String password = "mat-khau-rat-dai";
        browser = Browsers.chromium("vi-VN,vi", 390, 844);
        WebDriverWait wait = waitUpTo(20);

        browser.get(site() + "/");
        Browsers.guideScreenshot(browser, "thi-sinh-trang-chu");
        browser.get(site() + "/contests/" + contest);
        Browsers.guideScreenshot(browser, "thi-sinh-cuoc-thi");
        click(browser.findElement(By.id("register")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        assertThat(browser.findElement(By.id("consent-text")).getText()).contains("13/2023/NĐ-CP").contains("ND13-2023/v1");
        assertThat(new Select(browser.findElement(By.id("unitCode"))).getOptions()).extracting(WebElement::getText)
                .contains("Sở Nội vụ", "UBND xã A");
        Browsers.guideScreenshot(browser, "thi-sinh-dang-ky");

        // a wrong CCCD and no consent: errors in place, what was typed kept (never the password); the refused page is a 422
        Browsers.expectFailures(browser, "/contests/" + contest + "/dang-ky");
        browser.findElement(By.id("fullName")).sendKeys(person.fullName());
        browser.findElement(By.id("cccd")).sendKeys("12345");
        browser.findElement(By.id("phone")).sendKeys(person.phone());
        browser.findElement(By.id("birthDate")).sendKeys("31051990"); // as an iPhone's numeric keypad types it
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("SNV");
        browser.findElement(By.id("password")).sendKeys(password);
        click(browser.findElement(By.id("register-submit")));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getText()).contains("Số CCCD phải gồm đúng 12 chữ số.")
                .contains("Vui lòng đồng ý với việc xử lý dữ liệu cá nhân");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus on the summary").isEqualTo("error-summary");
        assertThat(browser.findElement(By.id("cccd-error")).getText()).isEqualTo("Số CCCD phải gồm đúng 12 chữ số.");
        assertThat(browser.findElement(By.id("cccd")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEqualTo(person.fullName());
        assertThat(new Select(browser.findElement(By.id("unitCode"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("SNV");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();

        browser.findElement(By.id("cccd")).clear();
        browser.findElement(By.id("cccd")).sendKeys(person.cccd());
        browser.findElement(By.id("password")).sendKeys(password);
        click(browser.findElement(By.id("consent")));
        click(browser.findElement(By.id("register-submit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contestant-name")));
        assertThat(browser.getCurrentUrl()).isEqualTo(site() + "/contests/" + contest);
        assertThat(browser.findElement(By.id("contestant-name")).getText()).isEqualTo(person.fullName());
        Cookie session = browser.manage().getCookieNamed("cuocthi_thisinh");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        click(browser.findElement(By.id("sign-out")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(browser.manage().getCookieNamed("cuocthi_thisinh")).isNull();
        click(browser.findElement(By.id("sign-in")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        browser.findElement(By.id("login")).sendKeys(person.phone());
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        Browsers.expectFailures(browser, "/contests/" + contest + "/dang-nhap"); // the refused sign-in is a 401 page
        click(browser.findElement(By.id("sign-in-submit")));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary"))).getText())
                .contains("Số điện thoại/CCCD hoặc mật khẩu không đúng.");
        assertThat(browser.findElement(By.id("login")).getAttribute("value")).isEqualTo(person.phone());
        browser.findElement(By.id("password")).sendKeys(password);
        click(browser.findElement(By.id("sign-in-submit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contestant-name")));

        click(browser.findElement(By.id("start-exam")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.question"), 5));
        String examUrl = browser.getCurrentUrl();
        assertThat(examUrl).matches(".*/bai-thi/[0-9a-f-]{36}$");
        assertThat(browser.getPageSource()).as("no correct answer reaches the page").doesNotContain("Giải thích câu");
        answer(0, true);
        answer(1, true);
        answer(2, true);
        answer(3, false);
        assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("Đã trả lời 4/5 câu");
        click(browser.findElement(By.cssSelector("#navigator summary")));
        assertThat(browser.findElements(By.cssSelector(".nav-grid a"))).extracting(square -> square.getAttribute("class"))
                .containsExactly("answered", "answered", "answered", "answered", "blank");
        assertThat(browser.findElement(By.id("nav-" + questionId(4))).getAttribute("aria-label")).isEqualTo("Câu 5: chưa trả lời");
        Browsers.screenshot(browser, "exam-navigator");
        Browsers.guideScreenshot(browser, "thi-sinh-bai-thi");
        click(browser.findElement(By.id("first-unanswered")));
        assertThat(focusedQuestion()).as("the first unanswered question has the focus").isEqualTo("q-" + questionId(4));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.question"), 5));
        assertThat(browser.getCurrentUrl()).isEqualTo(examUrl);
        for (int i = 0; i < 3; i++) {
            assertThat(checkedText(i)).as("question %d kept after the reload", i).isEqualTo(RIGHT);
            assertThat(stateOf(i)).isEqualTo(SAVED);
        }
        assertThat(checkedText(3)).startsWith("Phương án").isNotEqualTo(RIGHT);
        assertThat(checkedText(4)).isNull();
        answer(3, true); // an answer can be changed; the reloaded page is now the writer

        browser.findElement(By.id("prediction")).sendKeys("1234");
        click(browser.findElement(By.id("submit")));
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(confirm.getText()).contains("Bạn còn 1 câu chưa trả lời");
        click(browser.findElement(By.id("confirm-cancel"))); // "Làm tiếp" goes to what is left
        assertThat(focusedQuestion()).isEqualTo("q-" + questionId(4));
        click(browser.findElement(By.id("submit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(browser.findElement(By.id("submit")).isDisplayed()).as("one submit button in the confirmation").isFalse();
        click(browser.findElement(By.id("confirm-submit")));
        wait.until(ExpectedConditions.urlToBe(examUrl + "/ket-qua"));
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("8/10");
        assertThat(browser.findElement(By.id("prediction")).getText()).isEqualTo("1234");
        assertThat(browser.findElement(By.id("attempts-left")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("review")).getText()).contains("Giải thích câu").contains("(đáp án đúng)");
        assertThat(browser.findElements(By.cssSelector(".verdict.none"))).as("the unanswered question")
                .singleElement().extracting(WebElement::getText).isEqualTo("Bạn chưa trả lời câu này");
        assertThat(browser.findElements(By.cssSelector(".verdict.wrong"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".review-options .correct .mark")))
                .hasSize(5).allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("✓"));
        assertThat(browser.findElement(By.id("duration")).getText()).matches("(\\d+ phút )?\\d+ giây").doesNotStartWith("0 phút");
        assertThat(browser.findElement(By.id("new-attempt")).getText()).isEqualTo("Thi lượt mới");
        assertThat(browser.findElement(By.id("share-facebook")).getAttribute("href"))
                .startsWith("https://www.facebook.com/sharer/sharer.php?u=").contains("contests");
        WebDriverWait graded = waitUpTo(10);
        graded.until(driver -> {
            if (!driver.findElements(By.id("place")).isEmpty()) {
                return true;
            }
            driver.navigate().refresh(); // the board takes the grade after the submit's commit
            return false;
        });
        assertThat(browser.findElement(By.id("place")).getText()).isEqualTo("Hạng 1");
        Browsers.screenshot(browser, "result-review-360");
        Browsers.guideScreenshot(browser, "thi-sinh-ket-qua");

        // the exam page of a finished attempt leads to its result
        browser.get(examUrl);
        wait.until(ExpectedConditions.urlToBe(examUrl + "/ket-qua"));
        browser.get(site() + "/contests/" + contest + "/cua-toi");
        assertThat(browser.findElement(By.id("attempts")).getText()).contains("Đã nộp").contains("8/10");
        browser.get(site() + "/contests/" + contest + "/xep-hang?round=1");
        assertThat(browser.findElement(By.id("my-row")).getText()).as("the contestant's own row").contains("(bạn)").contains("8/10");
        assertThat(browser.findElement(By.id("my-place")).getText()).isEqualTo("Bạn đang ở hạng 1 trên bảng này");
    }

    @Test
    void aSecondTabTakesOverAndTheFirstIsToldTheExamContinuesElsewhere() {
        String contest = openContest("Trang thi – hai thẻ");
        String token = ExamFixture.register(Http.province(port, province), contest, person("Trần Thị Hai"), "XA");
        browser = Browsers.chromium("vi-VN,vi", 390, 844);
        WebDriverWait wait = waitUpTo(20);
        signedInAt(contest, token);
        click(browser.findElement(By.id("start-exam")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.question"), 5));
        String examUrl = browser.getCurrentUrl();
        String first = browser.getWindowHandle();
        answer(0, true);

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(examUrl);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.question"), 5));
        String second = browser.getWindowHandle();
        assertThat(stateOf(0)).isEqualTo(SAVED);
        answer(1, true);

        browser.switchTo().window(first);
        // the older tab's autosave is refused (409) and says so
        Browsers.expectFailures(browser, "/api/v1/attempts/" + examUrl.substring(examUrl.lastIndexOf('/') + 1) + "/answers/");
        click(option(2, true));
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
        assertThat(banner.getText()).contains("Bài thi đang được làm ở nơi khác");
        assertThat(browser.findElement(By.id("banner-link")).getText()).isEqualTo("Tiếp tục tại đây");
        assertThat(browser.findElement(By.id("banner-link")).getAttribute("href")).isEqualTo(examUrl);
        assertThat(stateOf(2)).isEqualTo("Chưa lưu");
        assertThat(browser.findElements(By.cssSelector("fieldset.question input"))).allMatch(input -> !input.isEnabled());

        browser.switchTo().window(second);
        answer(3, true);

        JsonNode saved = Http.province(port, province).bearer(token)
                .get("/api/v1/attempts/" + examUrl.substring(examUrl.lastIndexOf('/') + 1)).json();
        List<String> ids = questionIds();
        assertThat(saved.get("answers").has(ids.get(0))).isTrue();
        assertThat(saved.get("answers").has(ids.get(1))).isTrue();
        assertThat(saved.get("answers").has(ids.get(2))).as("refused in the older tab").isFalse();
        assertThat(saved.get("answers").has(ids.get(3))).isTrue();
    }

    @Test
    void whenTheDeadlinePassesWithThePageOpenItStopsAndShowsTheResultOfTheSavedAnswers() {
        String contest = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Trang thi – hết giờ",
                List.of(round("Vòng cuối", now().minusDays(1), now().plusSeconds(22))), Map.of("graceSeconds", 0)));
        String token = ExamFixture.register(Http.province(port, province), contest, person("Lê Văn Giờ"), null);
        browser = Browsers.chromium("vi-VN,vi", 390, 844);
        signedInAt(contest, token);
        click(browser.findElement(By.id("start-exam")));
        waitUpTo(20).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.question"), 5));
        String examUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("timer")).getText()).matches("00:[0-2][0-9]");
        answer(0, true);
        answer(1, true);

        // record what the page shows at zero: the clock at 00:00 and every answer disabled
        ((JavascriptExecutor) browser).executeScript("""
                window.atZero = null;
                new MutationObserver(function () {
                  if (document.getElementById('timer').textContent === '00:00' && window.atZero === null) {
                    window.atZero = Array.prototype.every.call(document.querySelectorAll('fieldset.question input'),
                      function (input) { return input.disabled; });
                    sessionStorage.setItem('atZero', String(window.atZero));
                  }
                }).observe(document.getElementById('timer'), {childList: true, characterData: true, subtree: true});
                """);
        waitUpTo(60).until(ExpectedConditions.urlToBe(examUrl + "/ket-qua"));
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('atZero');"))
                .as("the clock reached 00:00 and answering stopped").isEqualTo("true");
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("4/10");
    }

    @Test
    void onAPhoneTheExamFitsTheScreenAndWeighsLessThan150Kilobytes() {
        String contest = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Trang thi – điện thoại",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of("revealAnswers", "AFTER_ROUND")));
        String token = ExamFixture.register(Http.province(port, province), contest, person("Hoàng Thị Điện Thoại"), "SNV");
        browser = Browsers.chromium("vi-VN,vi", 360, 740);
        browser.get(site() + "/contests/" + contest + "/dang-ky");
        assertNoHorizontalScroll();
        Browsers.screenshot(browser, "registration-360");
        signedInAt(contest, token);
        assertNoHorizontalScroll();
        Browsers.screenshot(browser, "contest-360");
        click(browser.findElement(By.id("start-exam")));
        waitUpTo(20).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.question"), 5));
        assertNoHorizontalScroll();
        Browsers.screenshot(browser, "exam-360");

        long bytes = ((Number) ((JavascriptExecutor) browser).executeScript("""
                var total = performance.getEntriesByType('navigation')[0].transferSize;
                performance.getEntriesByType('resource')
                  .filter(function (entry) { return entry.initiatorType !== 'fetch'; })
                  .forEach(function (entry) { total += entry.transferSize; });
                return total;""")).longValue();
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(resources).anyMatch(name -> name.matches(".*/css/app-[0-9a-f]{32}\\.css")).anyMatch(name -> name.matches(".*/js/exam-[0-9a-f]{32}\\.js"));
        assertThat(bytes).as("HTML, CSS and JS of the exam page").isBetween(5_000L, 150L * 1024);

        answer(0, true);
        WebElement submit = browser.findElement(By.id("submit"));
        assertThat(submit.getSize().getHeight()).as("a finger-sized button").isGreaterThanOrEqualTo(44);
        assertNoHorizontalScroll();

        String examUrl = browser.getCurrentUrl();
        click(submit);
        click(waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("confirm-submit"))));
        waitUpTo(20).until(ExpectedConditions.urlToBe(examUrl + "/ket-qua"));
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("2/10");
        assertThat(browser.findElement(By.id("review-later")).getText())
                .startsWith("Theo thể lệ, đáp án và giải thích được công bố sau khi vòng thi kết thúc, lúc");
        assertThat(browser.findElements(By.id("review"))).as("no answers before the round ends").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Giải thích câu");
        assertNoHorizontalScroll();
        Browsers.screenshot(browser, "result-360");
    }

    @Test
    void leaderboardAndStatisticsShowMaskedNamesAndUnitsAfterASubmission() {
        String contest = openContest("Trang thi – xếp hạng");
        Http site = Http.province(port, province);
        Http contestant = site.bearer(ExamFixture.register(site, contest, person("Phạm Thị Hồng Nhung"), "XA"));
        JsonNode attempt = contestant.post("/api/v1/contests/" + contest + "/attempts", null).json();
        Map<String, String> right = ExamFixture.rightOptions(attempt);
        for (int i = 0; i < 4; i++) {
            String question = attempt.at("/questions/" + i + "/id").asString();
            assertThat(contestant.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + question,
                    Map.of("optionIds", List.of(right.get(question)))).status()).isEqualTo(200);
        }
        assertThat(contestant.post("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/submit",
                Map.of("prediction", 42)).status()).isEqualTo(200);
        browser = Browsers.chromium("vi-VN,vi", 390, 844);

        browser.get(site() + "/contests/" + contest);
        click(browser.findElement(By.id("leaderboard-link")));
        WebElement board = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("board")));
        assertThat(board.findElement(By.cssSelector("tbody tr")).getText())
                .contains("1").contains("Phạm T. H. N.").contains("UBND xã A").contains("8/10");
        assertThat(browser.getPageSource()).doesNotContain("Phạm Thị Hồng Nhung");
        assertThat(browser.findElement(By.id("tie-breaks")).getText()).contains("Điểm cao hơn xếp trước")
                .contains("dự đoán gần với số liệu thực tế hơn");
        assertThat(board.findElement(By.cssSelector("tbody tr td:last-child")).getText())
                .as("score and time on a phone's width").matches("8/10\\s+(\\d+ phút )?\\d+,\\d{3} giây");
        assertNoHorizontalScroll();
        Browsers.screenshot(browser, "leaderboard-390");
        Browsers.guideScreenshot(browser, "thi-sinh-xep-hang");
        click(browser.findElement(By.linkText("Tuần 1"))); // one tap, no "Xem"
        waitUpTo(20).until(ExpectedConditions.urlContains("round=1"));
        assertThat(browser.findElement(By.cssSelector("#rounds a[aria-current=page]")).getText()).isEqualTo("Tuần 1");
        assertThat(browser.findElement(By.cssSelector("#board caption")).getText()).isEqualTo("Xếp hạng Tuần 1");
        assertThat(browser.findElement(By.id("prediction-pending")).getText()).contains("Phần dự đoán chưa được tính");

        browser.get(site() + "/contests/" + contest + "/thong-ke");
        WebElement units = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("units")));
        List<WebElement> rows = units.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getText()).isEqualTo("UBND xã A 1 5.000 người dân 0,02% 8,00"); // a commune: against its residents
        assertThat(rows.get(0).getText()).isEqualTo("Sở Nội vụ 0 40 cán bộ 0,00% –");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("biên chế");
        Browsers.guideScreenshot(browser, "thi-sinh-thong-ke");
        click(browser.findElement(By.id("sort-ty-le"))); // highest rate first, kept by the refresh (it reloads this address)
        waitUpTo(20).until(ExpectedConditions.urlContains("sort=ty-le"));
        assertThat(browser.findElement(By.cssSelector("#units tbody tr")).getText()).startsWith("UBND xã A");
        assertThat(browser.findElement(By.cssSelector("th[aria-sort=descending]")).getText()).isEqualTo("Tỷ lệ tham gia");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("tự động cập nhật");
    }

    @Test
    void anAnswerChosenOfflineIsShownUnsavedAndSavedWhenTheConnectionReturns() {
        String contest = openContest("Trang thi – mất mạng");
        String token = ExamFixture.register(Http.province(port, province), contest, person("Vũ Văn Mạng"), null);
        browser = Browsers.chromium("vi-VN,vi", 390, 844);
        signedInAt(contest, token);
        click(browser.findElement(By.id("start-exam")));
        waitUpTo(20).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.question"), 5));
        answer(0, true);

        String attemptId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        Browsers.expectFailures(browser, "/api/v1/attempts/" + attemptId + "/answers/"); // tried while offline
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) browser).setNetworkConditions(offline);
        click(option(1, true));
        waitUpTo(20).until(driver -> "Chưa lưu – đang thử lại".equals(stateOf(1)));
        assertThat(browser.findElement(By.id("offline")).isDisplayed()).isTrue();

        ((HasNetworkConditions) browser).deleteNetworkConditions();
        waitUpTo(40).until(driver -> SAVED.equals(stateOf(1)));
        waitUpTo(5).until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline")));
        JsonNode saved = Http.province(port, province).bearer(token).get("/api/v1/attempts/" + attemptId).json();
        assertThat(saved.get("answers").has(questionIds().get(1))).isTrue();
    }

    @Test
    void refusalsAreShownPlainlyWithTheScheduleAndTheWait() {
        String upcoming = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Trang thi – sắp mở",
                List.of(round("Tuần 1", now().plusDays(2), now().plusDays(9))), Map.of()));
        ExamFixture.Person person = person("Đỗ Thị Chờ");
        String token = ExamFixture.register(Http.province(port, province), upcoming, person, null);
        browser = Browsers.chromium("vi-VN,vi", 390, 844);
        WebDriverWait wait = waitUpTo(20);
        signedInAt(upcoming, token);
        assertThat(browser.findElement(By.id("next-round-countdown")).getText()).as("counting down to the round")
                .matches("[12] ngày \\d\\d:\\d\\d:\\d\\d");
        click(browser.findElement(By.id("start-exam")));
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-error")));
        assertThat(refusal.getText()).contains("Chưa đến giờ thi").contains("Tuần 1 mở từ");

        WebElement signOut = browser.findElement(By.id("sign-out"));
        click(signOut);
        waitUntilReplaced(wait, signOut); // else the sign-out's redirect may land after the next page was asked for
        browser.get(site() + "/contests/" + upcoming + "/dang-nhap");
        Browsers.expectFailures(browser, "/contests/" + upcoming + "/dang-nhap"); // refused (401), then the check (428)
        for (int i = 0; i < 6; i++) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys("sai-mat-khau-" + i);
            if (browser.findElement(By.id("login")).getAttribute("value").isEmpty()) {
                browser.findElement(By.id("login")).sendKeys(person.cccd());
            }
            WebElement submit = browser.findElement(By.id("sign-in-submit"));
            click(submit);
            waitUntilReplaced(wait, submit); // the refused page replaced this one
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        }
        // no lock: after five wrong passwords the page asks for the bot check, solves it itself and lets the owner in
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Cần xác minh không phải máy");
        assertThat(browser.findElement(By.id("bot-check-notice")).getText()).contains("nhập lại mật khẩu");
        Browsers.screenshot(browser, "sign-in-bot-check");
        browser.findElement(By.id("password")).sendKeys("mat-khau-" + person.cccd());
        WebElement submit = browser.findElement(By.id("sign-in-submit"));
        click(submit);
        waitUntilReplaced(wait, submit);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        assertThat(browser.getCurrentUrl()).endsWith("/contests/" + upcoming);
    }

    // --- helpers

    private String openContest(String name) {
        return ExamFixture.publish(Http.province(port, province).asAdmin(),
                contest(name, List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
    }

    private String site() {
        return "http://" + province + ".localhost:" + port;
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** Signs in as the pages do (the HttpOnly cookie with the token) and opens the contest page. */
    private void signedInAt(String contest, String token) {
        browser.get(site() + "/contests/" + contest);
        browser.manage().addCookie(new Cookie.Builder("cuocthi_thisinh", token).path("/").isHttpOnly(true).sameSite("Lax").build());
        browser.get(site() + "/contests/" + contest);
        waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("contestant-name")));
    }

    private WebElement question(int index) {
        return browser.findElements(By.cssSelector("fieldset.question")).get(index);
    }

    private WebElement option(int index, boolean right) {
        return question(index).findElements(By.cssSelector("label.option")).stream()
                .filter(label -> RIGHT.equals(label.getText()) == right).findFirst().orElseThrow();
    }

    /** Chooses the right (or a wrong) option and waits until the page says it is saved. */
    private void answer(int index, boolean right) {
        click(option(index, right));
        waitUpTo(20).until(driver -> SAVED.equals(stateOf(index)));
    }

    private String stateOf(int index) {
        return question(index).findElement(By.cssSelector(".save-state")).getText();
    }

    private String checkedText(int index) {
        return question(index).findElements(By.cssSelector("label.option")).stream()
                .filter(label -> label.findElement(By.tagName("input")).isSelected())
                .map(WebElement::getText).findFirst().orElse(null);
    }

    private String questionId(int index) {
        return questionIds().get(index);
    }

    private String focusedQuestion() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var f = document.activeElement && document.activeElement.closest('fieldset.question'); return f ? f.id : null;");
    }

    private List<String> questionIds() {
        return browser.findElements(By.cssSelector("fieldset.question")).stream()
                .map(fieldset -> fieldset.getAttribute("data-question")).toList();
    }

    /** Until the page holding this element is gone; mid-navigation Chromium may answer an inspector error, not staleness. */
    private static void waitUntilReplaced(WebDriverWait wait, WebElement element) {
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void assertNoHorizontalScroll() {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(widths.get(0).intValue()).as("page fits the phone's width on " + browser.getCurrentUrl())
                .isLessThanOrEqualTo(widths.get(1).intValue());
    }
}
