package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * Collective ranking, unit report, exports and the audit log over real exams in two provinces (figures worked out
 * by hand in the comments).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitReportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantRegistry registry;

    String province;
    String other;
    String contestId;
    String otherContestId;

    @BeforeAll
    void twoProvincesWithExams() {
        province = Provinces.onboard(port, "baocao", "Tỉnh Báo Cáo");
        other = Provinces.onboard(port, "baocaokhac", "Tỉnh Báo Cáo Khác");
        for (String slug : List.of(province, other)) {
            Http staff = Http.province(port, slug).asAdmin();
            ExamFixture.questions(staff, 8, slug);
            Http.Reply units = staff.put("/api/v1/admin/units", List.of(
                    Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 4, "block", "SO_NGANH"),
                    Map.of("code", "STP", "name", "=HYPERLINK(\"http://x.example\")", "headcount", 0, "block", "SO_NGANH"),
                    Map.of("code", "HUYEN", "name", "UBND huyện Một", "headcount", 2, "block", "HUYEN"),
                    Map.of("code", "XA1", "name", "UBND xã Một", "headcount", 3, "population", 10, "parentCode", "HUYEN",
                            "block", "XA")));
            assertThat(units.status()).as(units.toString()).isLessThan(300);
        }
        Map<String, Object> definition = contest("Cuộc thi báo cáo",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6)), round("Tuần 2", now().plusDays(7), now().plusDays(13))),
                Map.of());
        definition.put("collective", Map.of("blocks", List.of(
                Map.of("block", "SO_NGANH", "thresholds", List.of(Map.of("minRatePercent", 50.0)),
                        "participationWeight", 0.5, "scoreWeight", 0.5, "first", 1),
                Map.of("block", "HUYEN", "thresholds", List.of(Map.of("minRatePercent", 50.0)),
                        "participationWeight", 0.5, "scoreWeight", 0.5, "first", 1, "aggregateChildren", true))));
        contestId = ExamFixture.publish(Http.province(port, province).asAdmin(), definition);
        otherContestId = ExamFixture.publish(Http.province(port, other).asAdmin(), new HashMap<>(definition));

        Http site = Http.province(port, province);
        // SNV: 5/5 right (10 points), and 2/5 then 4/5 (best counts: 8); STP: 5/5; XA1: 3/5; one without a unit: 1/5
        sit(site, contestId, register(site, contestId, person("Lê Văn Một"), "SNV"), 5);
        String second = register(site, contestId, person("Lê Thị Hai"), "SNV");
        sit(site, contestId, second, 2);
        sit(site, contestId, second, 4);
        sit(site, contestId, register(site, contestId, person("Trần Văn Ba"), "STP"), 5);
        sit(site, contestId, register(site, contestId, person("Phạm Thị Bốn"), "XA1"), 3);
        sit(site, contestId, register(site, contestId, person("Hoàng Văn Năm"), null), 1);
        Http otherSite = Http.province(port, other);
        sit(otherSite, otherContestId, register(otherSite, otherContestId, person("Người Tỉnh Khác"), "SNV"), 5);
    }

    private static void sit(Http site, String contest, String token, int right) {
        Http me = site.bearer(token);
        Http.Reply started = me.post("/api/v1/contests/" + contest + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonNode attempt = started.json();
        Map<String, String> options = rightOptions(attempt);
        List<JsonNode> questions = new ArrayList<>();
        attempt.get("questions").forEach(questions::add);
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).get("id").asString();
            String option = i < right ? options.get(id) : ExamFixture.wrongOption(questions.get(i));
            assertThat(me.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + id,
                    Map.of("optionIds", List.of(option))).status()).isEqualTo(200);
        }
        Http.Reply submitted = me.post("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/submit", Map.of("prediction", 5));
        assertThat(submitted.json().get("score").asInt()).isEqualTo(right * 2);
    }

    Http staff(String role) {
        return Http.province(port, province).asStaff(role);
    }

    @Test
    void collectiveRankingPerBlockWithTheBestAttemptCountedAndAParentCountingItsChildren() {
        Http.Reply reply = staff("viewer").get("/api/v1/admin/contests/" + contestId + "/units/ranking?round=1");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode ranking = reply.json();
        assertThat(ranking.get("unassignedParticipants").asInt()).isEqualTo(1);
        JsonNode departments = ranking.get("blocks").get(0);
        assertThat(departments.get("block").asString()).isEqualTo("SO_NGANH");
        // SNV: 2 of 4 = exactly 50%; (100% + 80%) / 2 = 90%; 0.5 × 50 + 0.5 × 90 = 70
        JsonNode snv = departments.get("units").get(0);
        assertThat(snv.get("code").asString()).isEqualTo("SNV");
        assertThat(snv.get("rank").asInt()).isEqualTo(1);
        assertThat(snv.get("prize").asString()).isEqualTo("FIRST");
        assertThat(snv.get("participants").asInt()).isEqualTo(2);
        assertThat(snv.get("attempts").asInt()).isEqualTo(3);
        assertThat(snv.get("participationRate").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(snv.get("averageScore").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(snv.get("averageScorePercent").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(snv.get("points").decimalValue()).isEqualByComparingTo("70");
        assertThat(snv.get("standing").asString()).isEqualTo("ELIGIBLE");
        // STP: headcount 0, one participant, no rate and no division by zero
        JsonNode stp = departments.get("units").get(1);
        assertThat(stp.get("standing").asString()).isEqualTo("NO_HEADCOUNT");
        assertThat(stp.get("participants").asInt()).isEqualTo(1);
        assertThat(stp.get("participationRate").isNull()).isTrue();
        assertThat(stp.get("rank").isNull()).isTrue();
        // HUYEN with XA1: 1 of 2 + 3 = 20%, below 50%
        JsonNode district = ranking.get("blocks").get(1).get("units").get(0);
        assertThat(district.get("includedUnits").toString()).isEqualTo("[\"HUYEN\",\"XA1\"]");
        assertThat(district.get("headcount").asInt()).isEqualTo(5);
        assertThat(district.get("participationRate").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(district.get("standing").asString()).isEqualTo("BELOW_RATE");

        assertThat(staff("viewer").get("/api/v1/admin/contests/" + contestId + "/units/ranking?round=9").json()
                .get("code").asString()).isEqualTo("report.roundNotFound");
    }

    @Test
    void unitReportWithBandsFullUnitsLaggardsAndRounds() {
        JsonNode report = staff("verifier").get("/api/v1/admin/contests/" + contestId + "/units/report").json();
        assertThat(report.at("/totals/participants").asInt()).isEqualTo(5);
        assertThat(report.at("/totals/attempts").asInt()).isEqualTo(6);
        assertThat(report.at("/totals/headcount").asInt()).isEqualTo(9);
        // counted scores 10, 8, 10, 6, 2: below half 1, 50–79% 1, 80–99% 1, full 2
        assertThat(report.get("bands").toString()).isEqualTo("{\"belowHalf\":1,\"halfToEighty\":1,\"eightyToFull\":1,\"full\":2}");
        assertThat(report.get("units").size()).isEqualTo(4);
        assertThat(report.get("fullParticipation").size()).isZero();
        // laggards: lowest rate first; STP (no headcount) is not among them
        List<String> laggards = new ArrayList<>();
        report.get("laggards").forEach(u -> laggards.add(u.get("code").asString()));
        assertThat(laggards).containsExactly("HUYEN", "XA1", "SNV");
        assertThat(report.get("rounds").size()).isEqualTo(2);
        assertThat(report.at("/rounds/0/participants").asInt()).isEqualTo(5);
        assertThat(report.at("/rounds/1/participants").asInt()).isZero();
    }

    @Test
    void unitsSpreadsheetsCarryTheContextAndNeutraliseFormulas() throws Exception {
        Http.Reply xlsx = staff("viewer").getBytes("/api/v1/admin/contests/" + contestId + "/exports/units.xlsx?round=1");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo theo đơn vị");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tỉnh: Tỉnh Báo Cáo");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Cuộc thi: Cuộc thi báo cáo");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Vòng thi: Tuần 1");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).startsWith("Thời điểm xuất: ");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(sheet.getRow(6).getCell(8).getStringCellValue()).isEqualTo("Tỷ lệ tham gia (%)");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("SNV");
            assertThat(sheet.getRow(8).getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x.example\")");
            XSSFSheet collective = workbook.getSheetAt(1);
            assertThat(collective.getSheetName()).isEqualTo("Xếp hạng tập thể");
            assertThat(collective.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Vòng thi: Tuần 1");
            assertThat(collective.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Khối");
            assertThat(collective.getRow(7).getCell(0).getStringCellValue()).isEqualTo("SO_NGANH");
        }
        Http.Reply csv = staff("editor").getBytes("/api/v1/admin/contests/" + contestId + "/exports/units.csv");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFBáo cáo theo đơn vị\r\n");
        assertThat(text).contains("Vòng thi: toàn cuộc thi").contains("STP,\"'=HYPERLINK(\"\"http://x.example\"\")\",,SO_NGANH,0,");
        assertThat(staff("viewer").get("/api/v1/admin/contests/" + contestId + "/exports/units.pdf").json().get("code").asString())
                .isEqualTo("export.formatNotFound");
    }

    @Test
    void anotherProvincesContestIsNotFoundHere() {
        assertThat(staff("province-admin").get("/api/v1/admin/contests/" + otherContestId + "/units/report").status()).isEqualTo(404);
        assertThat(staff("province-admin").getBytes("/api/v1/admin/contests/" + otherContestId + "/exports/units.xlsx").status()).isEqualTo(404);
        assertThat(Http.province(port, province).asStaffOf(other, "province-admin")
                .get("/api/v1/admin/contests/" + contestId + "/units/report").status()).isEqualTo(403);
        // the other province's own report counts only its own contestant
        assertThat(Http.province(port, other).asAdmin().get("/api/v1/admin/contests/" + otherContestId + "/units/report").json()
                .at("/totals/participants").asInt()).isEqualTo(1);
    }

    @Test
    void auditLogIsFilteredPagedExportedAndAppendOnly() throws Exception {
        Http admin = staff("province-admin");
        JsonNode all = admin.get("/api/v1/admin/audit?contest=" + contestId).json();
        List<String> actions = new ArrayList<>();
        all.get("entries").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactly("PUBLISHED", "CREATED");
        assertThat(all.at("/entries/0/contestName").asString()).isEqualTo("Cuộc thi báo cáo");
        JsonNode published = admin.get("/api/v1/admin/audit?contest=" + contestId + "&action=published&size=1&page=1").json();
        assertThat(published.get("total").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/admin/audit?contest=" + contestId + "&to=2000-01-01").json().get("total").asInt()).isZero();
        assertThat(admin.get("/api/v1/admin/audit?actor=nobody").json().get("total").asInt()).isZero();

        Http.Reply bad = admin.get("/api/v1/admin/audit?contest=abc&from=hôm-qua&page=0");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"contest\"").contains("\"field\":\"from\"").contains("\"field\":\"page\"");

        Http.Reply export = staff("viewer").getBytes("/api/v1/admin/contests/" + contestId + "/exports/audit.xlsx");
        assertThat(export.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nhật ký thao tác");
            assertThat(sheet.getRow(7).getCell(4).getStringCellValue()).isEqualTo("Công bố cuộc thi");
            assertThat(sheet.getRow(8).getCell(3).getStringCellValue()).isEqualTo("CREATED");
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
        }
        assertThat(staff("verifier").getBytes("/api/v1/admin/contests/" + contestId + "/exports/audit.xlsx").status()).isEqualTo(403);

        // the database itself refuses to change or remove what was logged
        TenantContext.run(registry.find(province).orElseThrow(), () -> {
            assertThatThrownBy(() -> jdbc.sql("update contest_audit set actor = 'ai đó'").update()).rootCause()
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("delete from contest_audit").update()).rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("truncate contest_audit").update()).rootCause().hasMessageContaining("append-only");
            assertThat(jdbc.sql("select count(*) from contest_audit where contest_id = ?").param(java.util.UUID.fromString(contestId))
                    .query(Integer.class).single()).isEqualTo(2);
        });
    }
}
