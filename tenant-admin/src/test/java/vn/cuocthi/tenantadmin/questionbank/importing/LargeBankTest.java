package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.correctOptions;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A bank of 5,000 questions imports whole in every format, well within a request's time. */
class LargeBankTest {

    private static final int QUESTIONS = 5_000;
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void bankOfFiveThousandQuestionsImportsWhole(QuestionFormat format) {
        byte[] bank = bank(format);

        ImportResult result = assertTimeoutPreemptively(WITHIN, () -> parse(format, bank));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(QUESTIONS);
        ImportedQuestion last = result.questions().getLast();
        assertThat(last.text()).isEqualTo(text(QUESTIONS));
        assertThat(correctOptions(last)).containsExactly(options(QUESTIONS).get(1));
    }

    private static String text(int n) {
        return "Câu hỏi số " + n + ": theo Nghị quyết số 76/NQ-CP, cơ quan, đơn vị cần làm gì để nâng cao "
                + "Chỉ số cải cách hành chính (PAR Index) và Chỉ số SIPAS năm " + (2021 + n % 10) + "?";
    }

    private static List<String> options(int n) {
        return List.of("Giữ nguyên quy trình cũ (" + n + ")", "Đẩy mạnh cải cách thủ tục hành chính (" + n + ")",
                "Tăng thêm giấy tờ trong hồ sơ (" + n + ")", "Giảm công khai thông tin (" + n + ")");
    }

    private static byte[] bank(QuestionFormat format) {
        return switch (format) {
            case AIKEN -> utf8(each(n -> text(n) + "\nA. " + options(n).get(0) + "\nB. " + options(n).get(1)
                    + "\nC. " + options(n).get(2) + "\nD. " + options(n).get(3) + "\nANSWER: B\n\n"));
            case GIFT -> utf8(each(n -> "::Q" + n + ":: " + text(n) + " {\n~" + options(n).get(0) + "\n="
                    + options(n).get(1) + "\n~" + options(n).get(2) + "\n~" + options(n).get(3) + "\n}\n\n"));
            case MOODLE_XML -> utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + each(n ->
                    "<question type=\"multichoice\"><questiontext format=\"html\"><text><![CDATA[<p>" + text(n)
                    + "</p>]]></text></questiontext><single>true</single>"
                    + moodleAnswer(options(n).get(0), 0) + moodleAnswer(options(n).get(1), 100)
                    + moodleAnswer(options(n).get(2), 0) + moodleAnswer(options(n).get(3), 0) + "</question>\n")
                    + "</quiz>\n");
            case QTI21 -> qtiPackage();
            case XLSX -> workbook();
            case DOCX -> document();
        };
    }

    private static String moodleAnswer(String text, int fraction) {
        return "<answer fraction=\"" + fraction + "\"><text>" + text + "</text></answer>";
    }

    private static byte[] qtiPackage() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", utf8("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" "
                + "identifier=\"M\"><organizations/><resources>\n" + each(n -> "<resource identifier=\"i" + n
                + "\" type=\"imsqti_item_xmlv2p1\" href=\"items/i" + n + ".xml\"/>\n") + "</resources></manifest>"));
        for (int n = 1; n <= QUESTIONS; n++) {
            List<String> options = options(n);
            files.put("items/i" + n + ".xml", utf8("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\""
                    + " identifier=\"i" + n + "\" title=\"" + n + "\" adaptive=\"false\" timeDependent=\"false\">"
                    + "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
                    + "<correctResponse><value>B</value></correctResponse></responseDeclaration><itemBody>"
                    + "<choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\"><prompt>" + text(n)
                    + "</prompt><simpleChoice identifier=\"A\">" + options.get(0) + "</simpleChoice>"
                    + "<simpleChoice identifier=\"B\">" + options.get(1) + "</simpleChoice>"
                    + "<simpleChoice identifier=\"C\">" + options.get(2) + "</simpleChoice>"
                    + "<simpleChoice identifier=\"D\">" + options.get(3) + "</simpleChoice>"
                    + "</choiceInteraction></itemBody></assessmentItem>"));
        }
        return Zips.zip(files);
    }

    private static byte[] workbook() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Câu hỏi");
            Row header = sheet.createRow(0);
            for (int c = 0; c < Workbooks.TEMPLATE_HEADER.length; c++) {
                header.createCell(c).setCellValue(Workbooks.TEMPLATE_HEADER[c].toString());
            }
            for (int n = 1; n <= QUESTIONS; n++) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(text(n));
                for (int o = 0; o < 4; o++) {
                    row.createCell(1 + o).setCellValue(options(n).get(o));
                }
                row.createCell(5).setCellValue("B");
                row.createCell(6).setCellValue("Chủ đề " + n % 6);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] document() {
        StringBuilder body = new StringBuilder();
        for (int n = 1; n <= QUESTIONS; n++) {
            List<String> options = options(n);
            body.append(Documents.paragraphXml("Câu " + n + ": " + text(n), false))
                    .append(Documents.paragraphXml("A. " + options.get(0), false))
                    .append(Documents.paragraphXml("B. " + options.get(1), true))
                    .append(Documents.paragraphXml("C. " + options.get(2) + "\tD. " + options.get(3), false));
        }
        return Documents.minimalDocx(body.toString());
    }

    private static String each(IntFunction<String> question) {
        StringBuilder all = new StringBuilder();
        for (int n = 1; n <= QUESTIONS; n++) {
            all.append(question.apply(n));
        }
        return all.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
