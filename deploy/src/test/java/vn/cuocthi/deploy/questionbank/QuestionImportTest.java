package vn.cuocthi.deploy.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** Importing a bank over HTTP: all or nothing, every bad line reported, duplicates of the bank refused. */
@IntegrationTest
class QuestionImportTest {

    private static final String GIFT = """
            // Ngân hàng câu hỏi mẫu
            $CATEGORY: NQ76

            ::Q1:: Nghị quyết 76/NQ-CP ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn nào? {
              =2021 – 2030
              ~2011 – 2020
              ~2016 – 2025
              ~2026 – 2035
            }

            ::Q2:: Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính thường được gọi là gì? {
              =Bộ phận Một cửa
              ~Bộ phận Văn thư
              ~Bộ phận Thanh tra
            }
            """;

    private static final String BROKEN_AIKEN = """
            Câu hỏi có đủ phương án?
            A. Có
            B. Không
            ANSWER: A

            Câu hỏi chỉ có một phương án?
            A. Duy nhất
            ANSWER: A

            Câu hỏi thiếu đáp án?
            A. Một
            B. Hai
            """;

    @LocalServerPort
    int port;

    String province;

    @BeforeEach
    void province() {
        province = Provinces.onboard(port, "nhapcau", "Tỉnh Nhập Câu");
    }

    private Http staff() {
        return Http.province(port, province).asAdmin();
    }

    @Test
    void cleanGiftFileIsImportedWithTopics() {
        Http.Reply reply = staff().upload("/api/v1/admin/questions/import?format=gift", "bank.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("imported").asInt()).isEqualTo(2);

        JsonNode found = staff().get("/api/v1/admin/questions?topic=NQ76&text="
                + java.net.URLEncoder.encode("TIẾP NHẬN và trả", StandardCharsets.UTF_8)).json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.at("/0/options/0/text").asString()).isEqualTo("Bộ phận Một cửa");
        assertThat(found.at("/0/options/0/correct").asBoolean()).isTrue();
    }

    @Test
    void fileWithBadQuestionsIsRefusedWholeWithEveryLineNamed() {
        Http.Reply reply = staff().upload("/api/v1/admin/questions/import?format=aiken", "bank.txt",
                BROKEN_AIKEN.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(422);
        List<Integer> lines = new ArrayList<>();
        reply.json().get("errors").forEach(error -> lines.add(error.get("line").asInt()));
        assertThat(lines).containsExactly(6, 10);
        assertThat(reply.json().at("/errors/0/message").asString()).contains("1 phương án");
        assertThat(staff().get("/api/v1/admin/questions").json().size()).as("nothing imported").isZero();
    }

    @Test
    void questionsAlreadyInTheBankAreReportedAndNothingIsAdded() {
        assertThat(staff().upload("/api/v1/admin/questions/import?format=gift", "a.gift", GIFT.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(201);
        Http.Reply again = staff().upload("/api/v1/admin/questions/import?format=gift", "b.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("errors").size()).isEqualTo(2);
        assertThat(again.json().at("/errors/0/message").asString()).contains("đã có trong ngân hàng");
        assertThat(staff().get("/api/v1/admin/questions").json().size()).isEqualTo(2);
    }

    @Test
    void unknownFormatAndGarbageAreRefusedClearly() {
        Http.Reply format = staff().upload("/api/v1/admin/questions/import?format=pdf", "a.pdf", new byte[] {1, 2, 3});
        assertThat(format.status()).isEqualTo(422);
        assertThat(format.json().at("/errors/0/field").asString()).isEqualTo("format");
        Http.Reply garbage = staff().upload("/api/v1/admin/questions/import?format=docx", "a.docx", "%PDF-1.7 not word".getBytes());
        assertThat(garbage.status()).isEqualTo(422);
        assertThat(garbage.json().at("/errors/0/field").asString()).isEqualTo("file");
    }

    @Test
    void theDownloadedTemplateImportsItsExampleRow() {
        Http.Reply template = staff().getBytes("/api/v1/admin/questions/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.bytes()).startsWith((byte) 'P', (byte) 'K');
        Http.Reply imported = staff().upload("/api/v1/admin/questions/import?format=xlsx", "mau.xlsx", template.bytes());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void importIntoOneProvinceLeavesAnotherUntouched() {
        staff().upload("/api/v1/admin/questions/import?format=gift", "a.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        String other = Provinces.onboard(port, "khac", "Tỉnh Khác");
        assertThat(Http.province(port, other).asAdmin().get("/api/v1/admin/questions").json().size()).isZero();
        assertThat(Http.province(port, other).asAdmin()
                .upload("/api/v1/admin/questions/import?format=gift", "a.gift", GIFT.getBytes(StandardCharsets.UTF_8)).status())
                .as("the same file is new to the other province").isEqualTo(201);
    }

    @Test
    void poolChosenAtImportTagsEveryQuestionOfTheFile() {
        Http.Reply reply = staff().upload("/api/v1/admin/questions/import?format=gift&pool=CBCCVC", "bank.gift",
                GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonNode questions = staff().get("/api/v1/admin/questions").json();
        assertThat(questions.size()).isEqualTo(2);
        questions.forEach(question -> assertThat(question.get("pools").toString()).isEqualTo("[\"CBCCVC\"]"));
    }

    @Test
    void xlsxRowsNamingTheirGroupsOverrideThePoolChosenAtImport() throws Exception {
        byte[] workbook = workbook(
                new String[] {"Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng", "Nhóm đối tượng"},
                new String[] {"Cán bộ tiếp nhận hồ sơ làm việc ở bộ phận nào?", "Một cửa", "Văn thư", "A", "ND, CBCCVC"},
                new String[] {"Dịch vụ công trực tuyến toàn trình là gì?", "Nộp và nhận kết quả trực tuyến", "Chỉ tra cứu", "A", ""});
        Http.Reply reply = staff().upload("/api/v1/admin/questions/import?format=xlsx&pool=CBCCVC", "bank.xlsx", workbook);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonNode byRow = staff().get("/api/v1/admin/questions?text=" + java.net.URLEncoder.encode("bộ phận nào", StandardCharsets.UTF_8)).json();
        assertThat(byRow.at("/0/pools").toString()).isEqualTo("[\"ND\",\"CBCCVC\"]");
        JsonNode byImport = staff().get("/api/v1/admin/questions?text=" + java.net.URLEncoder.encode("toàn trình", StandardCharsets.UTF_8)).json();
        assertThat(byImport.at("/0/pools").toString()).isEqualTo("[\"CBCCVC\"]");
    }

    @Test
    void malformedPoolCodesAreRefusedAndNothingIsImported() throws Exception {
        Http.Reply chosen = staff().upload("/api/v1/admin/questions/import?format=gift&pool=" +
                java.net.URLEncoder.encode("Nhân dân", StandardCharsets.UTF_8), "bank.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(chosen.status()).isEqualTo(422);
        assertThat(chosen.json().at("/errors/0/field").asString()).isEqualTo("pool");
        assertThat(chosen.json().at("/errors/0/message").asString()).contains("Nhân dân").contains("không hợp lệ");

        Http.Reply inRow = staff().upload("/api/v1/admin/questions/import?format=xlsx", "bank.xlsx", workbook(
                new String[] {"Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng", "Nhóm đối tượng"},
                new String[] {"Câu hỏi có mã nhóm sai?", "Có", "Không", "A", "CB CCVC"}));
        assertThat(inRow.status()).isEqualTo(422);
        assertThat(inRow.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(inRow.json().at("/errors/0/message").asString()).contains("CB CCVC");
        assertThat(staff().get("/api/v1/admin/questions").json().size()).as("nothing imported").isZero();
    }

    private static byte[] workbook(String[]... rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Câu hỏi");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
