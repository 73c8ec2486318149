package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * The registration form as a citizen meets it: where one lives is picked from the province's full official list of
 * communes and wards (a code of one province is refused in another), every missing field is reported at once, and
 * on the page the list can be searched without diacritics, a corrected field loses its error, and a person already
 * registered is offered sign-in and password recovery.
 */
@IntegrationTest
class RegistrationFormTest {

    /** Phường Sông Hiến, Thành phố Cao Bằng (General Statistics Office code). */
    private static final String SONG_HIEN = "01267";

    @LocalServerPort
    int port;

    @Autowired
    TenantRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void residenceComesFromTheProvincesOwnListAndEveryMissingFieldIsReportedAtOnce() {
        Province caoBang = province("caobang", "Cao Bằng");
        Province langSon = province("langson", "Lạng Sơn");

        JsonNode communes = caoBang.site().get("/api/v1/contests/" + caoBang.contestId() + "/localities").json();
        assertThat(communes.size()).as("Cao Bằng's communes, wards and townships").isEqualTo(161);
        assertThat(codes(communes)).contains(SONG_HIEN);
        JsonNode songHien = find(communes, SONG_HIEN);
        assertThat(songHien.get("name").asString()).isEqualTo("Phường Sông Hiến");
        assertThat(songHien.get("district").asString()).isEqualTo("Thành phố Cao Bằng");
        JsonNode otherList = langSon.site().get("/api/v1/contests/" + langSon.contestId() + "/localities").json();
        assertThat(otherList.size()).isGreaterThan(150);
        assertThat(codes(otherList)).doesNotContain(SONG_HIEN);

        // nothing but a name and a phone: group, birth date (the groups have minimum ages), residence, password
        // and consent are all named in the first answer
        Map<String, Object> bare = new HashMap<>(Map.of("fullName", "Nông Văn Dân", "phone", "0912000111"));
        bare.put("botCheck", ExamFixture.solve(caoBang.site()));
        Http.Reply refused = caoBang.site().post("/api/v1/contests/" + caoBang.contestId() + "/registrations", bare);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(fields(refused.json())).contains("group", "birthDate", "residenceCode", "password", "consent");

        // Lạng Sơn does not know a ward of Cao Bằng
        Map<String, Object> stranger = registration(ExamFixture.person("Hoàng Thị Lạ"), SONG_HIEN, langSon.site());
        Http.Reply foreign = langSon.site().post("/api/v1/contests/" + langSon.contestId() + "/registrations", stranger);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(fields(foreign.json())).containsExactly("residenceCode");
        assertThat(foreign.toString()).contains("không có trong danh sách của tỉnh");

        Map<String, Object> citizen = registration(ExamFixture.person("Nông Thị Hiền"), SONG_HIEN, caoBang.site());
        Http.Reply registered = caoBang.site().post("/api/v1/contests/" + caoBang.contestId() + "/registrations", citizen);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String stored = TenantContext.call(registry.find(caoBang.slug()).orElseThrow(), () -> jdbc
                .sql("select residence_code from contestant where id = ?")
                .param(java.util.UUID.fromString(registered.json().get("contestantId").asString()))
                .query(String.class).single());
        assertThat(stored).isEqualTo(SONG_HIEN);
    }

    @Test
    void onAPhoneTheListIsSearchedWithoutDiacriticsErrorsClearAndADuplicateIsOfferedSignIn() {
        Province caoBang = province("dangkycb", "Cao Bằng");
        browser = Browsers.chromium("vi-VN,vi", 360, 800);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String page = "http://" + caoBang.slug() + ".localhost:" + port + "/contests/" + caoBang.contestId() + "/dang-ky";

        browser.get(page);
        Select residence = new Select(browser.findElement(By.id("residenceCode")));
        assertThat(residence.getOptions()).hasSize(162);
        WebElement search = browser.findElement(By.id("residence-search"));
        assertThat(search.isDisplayed()).as("the search box appears with scripts").isTrue();
        search.sendKeys("song hien");
        wait.until(driver -> new Select(driver.findElement(By.id("residenceCode"))).getOptions().size() == 2);
        assertThat(browser.findElement(By.id("residence-found")).getText()).isEqualTo("1 nơi khớp với từ tìm.");
        new Select(browser.findElement(By.id("residenceCode"))).selectByValue(SONG_HIEN);

        // a refusal: consent not ticked, password missing; the heading counts what is left
        Browsers.expectFailures(browser, "/contests/" + caoBang.contestId() + "/dang-ky");
        ExamFixture.Person person = ExamFixture.person("Bế Thị Hoa");
        browser.findElement(By.id("fullName")).sendKeys(person.fullName());
        browser.findElement(By.id("phone")).sendKeys(person.phone());
        browser.findElement(By.id("birthDate")).sendKeys("20111990");
        new Select(browser.findElement(By.id("group"))).selectByValue("CD");
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary-title")).getText()).isEqualTo("Còn 2 mục cần điền hoặc sửa lại");
        assertThat(new Select(browser.findElement(By.id("residenceCode"))).getFirstSelectedOption().getAttribute("value"))
                .as("the chosen ward is kept").isEqualTo(SONG_HIEN);
        assertThat(browser.findElement(By.id("consent-error")).isDisplayed()).isTrue();
        browser.findElement(By.id("consent")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("consent-error")));
        assertThat(browser.findElement(By.id("consent")).getAttribute("aria-invalid")).isNull();
        Browsers.screenshot(browser, "registration-refused");

        browser.findElement(By.id("password")).sendKeys("mat-khau-hoa-1");
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.urlToBe("http://" + caoBang.slug() + ".localhost:" + port + "/contests/" + caoBang.contestId()));

        // the same phone again, from a fresh browser session: sign-in and recovery are offered
        browser.manage().deleteAllCookies();
        browser.get(page);
        browser.findElement(By.id("fullName")).sendKeys(person.fullName());
        browser.findElement(By.id("phone")).sendKeys(person.phone());
        browser.findElement(By.id("birthDate")).sendKeys("20/11/1990");
        new Select(browser.findElement(By.id("group"))).selectByValue("CD");
        new Select(browser.findElement(By.id("residenceCode"))).selectByValue(SONG_HIEN);
        browser.findElement(By.id("password")).sendKeys("mat-khau-hoa-2");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("duplicate-help")));
        WebElement help = browser.findElement(By.id("duplicate-help"));
        assertThat(help.findElement(By.linkText("Đăng nhập")).getAttribute("href")).endsWith("/contests/" + caoBang.contestId() + "/dang-nhap");
        assertThat(help.findElement(By.linkText("Quên mật khẩu?")).getAttribute("href")).endsWith("/contests/" + caoBang.contestId() + "/quen-mat-khau");
        Browsers.screenshot(browser, "registration-duplicate");
    }

    /** A province of this official name with an open contest whose form asks where one lives (required). */
    private Province province(String prefix, String name) {
        String slug = Provinces.onboard(port, prefix, name);
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.questions(staff, 6, slug);
        Map<String, Object> contest = ExamFixture.contest("Tìm hiểu cải cách hành chính " + name,
                List.of(round("Tuần 1", now().minusHours(1), now().plusDays(7))), Map.of());
        contest.put("groups", List.of(Map.of("code", "CD", "name", "Công dân", "minAge", 15),
                Map.of("code", "CB", "name", "Cán bộ, công chức", "minAge", 18)));
        contest.put("registrationFields", Map.of("fields", List.of(field("FULL_NAME"), field("PHONE"), field("GROUP"),
                field("RESIDENCE")), "exclusions", List.of()));
        return new Province(slug, Http.province(port, slug), ExamFixture.publish(staff, contest));
    }

    private static Map<String, Object> field(String name) {
        return Map.of("name", name, "shown", true, "required", true);
    }

    private static Map<String, Object> registration(ExamFixture.Person person, String residence, Http site) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", person.fullName());
        body.put("phone", person.phone());
        body.put("group", "CD");
        body.put("birthDate", "31/05/1990");
        body.put("residenceCode", residence);
        body.put("password", "mat-khau-" + person.phone());
        body.put("consent", true);
        body.put("botCheck", ExamFixture.solve(site));
        return body;
    }

    private static List<String> codes(JsonNode localities) {
        List<String> codes = new ArrayList<>();
        localities.forEach(locality -> codes.add(locality.get("code").asString()));
        return codes;
    }

    private static JsonNode find(JsonNode localities, String code) {
        for (JsonNode locality : localities) {
            if (code.equals(locality.get("code").asString())) {
                return locality;
            }
        }
        throw new AssertionError("no locality " + code);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private record Province(String slug, Http site, String contestId) {
    }
}
