package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.correctOptions;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.optionTexts;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parseFixture;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class Qti21ImportTest {

    private static final String MATCH_CORRECT =
            "<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"/>";

    @Test
    void qti_packageGivesItsItemsInManifestOrderNumberedByPosition() {
        ImportResult result = parse(QuestionFormat.QTI21, Zips.zip(Zips.folder("qti/package")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(1, 2, 3);
    }

    @Test
    void qti_singleChoiceItemUsesItsCorrectResponseAndDropsInlineFeedback() {
        ImportedQuestion question = parse(QuestionFormat.QTI21, Zips.zip(Zips.folder("qti/package")))
                .questions().getFirst();

        assertThat(question.text()).isEqualTo("Chương trình tổng thể cải cách hành chính nhà nước giai đoạn "
                + "2021 – 2030 được ban hành kèm theo văn bản nào?");
        assertThat(optionTexts(question)).containsExactly("Nghị quyết số 30c/NQ-CP của Chính phủ",
                "Nghị quyết số 76/NQ-CP của Chính phủ", "Quyết định số 468/QĐ-TTg của Thủ tướng Chính phủ");
        assertThat(correctOptions(question)).containsExactly("Nghị quyết số 76/NQ-CP của Chính phủ");
        assertThat(question.multiple()).isFalse();
    }

    @Test
    void qti_maxChoicesOtherThanOneIsMultipleResponseAndThePromptIsTheQuestion() {
        ImportedQuestion question = parse(QuestionFormat.QTI21, Zips.zip(Zips.folder("qti/package")))
                .questions().get(1);

        assertThat(question.multiple()).isTrue();
        assertThat(question.text()).startsWith("Chỉ số SIPAS đo lường sự hài lòng");
        assertThat(correctOptions(question)).containsExactly(
                "Tiếp cận dịch vụ hành chính công", "Kết quả giải quyết thủ tục hành chính");
    }

    @Test
    void qti_percentEncodedHrefIsFoundAndLineBreaksBecomeSpaces() {
        ImportedQuestion question = parse(QuestionFormat.QTI21, Zips.zip(Zips.folder("qti/package")))
                .questions().get(2);

        assertThat(question.text()).isEqualTo("Văn bản nào của Chính phủ quy định về thực hiện cơ chế một cửa, "
                + "một cửa liên thông trong giải quyết thủ tục hành chính?");
        assertThat(correctOptions(question)).containsExactly("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018");
    }

    @Test
    void qti_bareItemXmlIsAcceptedAsItemOne() {
        ImportResult result = parseFixture(QuestionFormat.QTI21, "qti/bare-item.xml");

        assertThat(result.ok()).isTrue();
        assertThat(result.questions()).singleElement().extracting(ImportedQuestion::line).isEqualTo(1);
    }

    @Test
    void qti_otherInteractionIsReportedNotGuessed() {
        ImportResult result = parse(QuestionFormat.QTI21, item("""
                <p>Viết tắt của Chỉ số cải cách hành chính là gì?</p>
                <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/>""", "PAR", MATCH_CORRECT));

        assertThat(problems(result)).containsExactly("1:qti.unsupportedInteraction");
        assertThat(result.problems().getFirst().args()).containsExactly("textEntryInteraction");
    }

    @Test
    void qti_choiceAndAnotherInteractionInOneItemIsReported() {
        ImportResult result = parse(QuestionFormat.QTI21, item(choices("A", "B")
                + "<choiceInteraction responseIdentifier=\"R2\" maxChoices=\"1\"><simpleChoice identifier=\"X\">X"
                + "</simpleChoice><simpleChoice identifier=\"Y\">Y</simpleChoice></choiceInteraction>", "A",
                MATCH_CORRECT));

        assertThat(problems(result)).containsExactly("1:qti.severalInteractions");
    }

    @Test
    void qti_itemWithoutInteractionIsReported() {
        ImportResult result = parse(QuestionFormat.QTI21, item("<p>Chỉ là đoạn văn.</p>", "A", MATCH_CORRECT));

        assertThat(problems(result)).containsExactly("1:qti.noChoiceInteraction");
    }

    @Test
    void qti_customResponseProcessingIsReported() {
        ImportResult result = parse(QuestionFormat.QTI21, item(choices("A", "B"), "A", """
                <responseProcessing><responseCondition><responseIf><match><variable identifier="RESPONSE"/>
                <correct identifier="RESPONSE"/></match></responseIf></responseCondition></responseProcessing>"""));

        assertThat(problems(result)).containsExactly("1:qti.unsupportedResponseProcessing");
        assertThat(result.problems().getFirst().args()).containsExactly("responseCondition");
    }

    @Test
    void qti_mapResponseTemplateIsReported() {
        ImportResult result = parse(QuestionFormat.QTI21, item(choices("A", "B"), "A",
                MATCH_CORRECT.replace("match_correct", "map_response")));

        assertThat(problems(result)).containsExactly("1:qti.unsupportedResponseProcessing");
        assertThat(result.problems().getFirst().args()).containsExactly("map_response");
    }

    @Test
    void qti_correctResponseNamingNoChoiceIsReported() {
        ImportResult result = parse(QuestionFormat.QTI21, item(choices("A", "B"), "Z", MATCH_CORRECT));

        assertThat(problems(result)).containsExactly("1:qti.unknownChoice");
    }

    @Test
    void qti_itemWithoutCorrectResponseHasNoCorrectAnswer() {
        ImportResult result = parse(QuestionFormat.QTI21, item(choices("A", "B"), null, MATCH_CORRECT));

        assertThat(problems(result)).containsExactly("1:question.noCorrect");
    }

    @Test
    void qti_singleChoiceWithTwoCorrectValuesIsReported() {
        ImportResult result = parse(QuestionFormat.QTI21, item(choices("A", "B", "C"), "A</value><value>B",
                MATCH_CORRECT));

        assertThat(problems(result)).containsExactly("1:question.singleWithManyCorrect");
    }

    @Test
    void qti_missingItemFileIsReportedWithItsPosition() {
        Map<String, byte[]> files = Zips.folder("qti/package");
        files.remove("items/sipas.xml");

        ImportResult result = parse(QuestionFormat.QTI21, Zips.zip(files));

        assertThat(problems(result)).containsExactly("2:qti.missingFile");
        assertThat(result.problems().getFirst().args()).containsExactly("items/sipas.xml");
    }

    @Test
    void qti_packageWithoutManifestIsReported() {
        Map<String, byte[]> files = Zips.folder("qti/package");
        files.remove("imsmanifest.xml");

        assertThat(problems(parse(QuestionFormat.QTI21, Zips.zip(files)))).containsExactly("0:qti.noManifest");
    }

    @Test
    void qti_manifestListingNoItemIsReported() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", """
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M"><resources>
                <resource identifier="t" type="imsqti_test_xmlv2p1" href="test.xml"/></resources></manifest>"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(problems(parse(QuestionFormat.QTI21, Zips.zip(files)))).containsExactly("0:qti.noItems");
    }

    @Test
    void qti_manifestHrefLeavingThePackageIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", """
                <manifest identifier="M"><resources>
                <resource identifier="i" type="imsqti_item_xmlv2p1" href="../../etc/passwd"/></resources></manifest>"""
                .getBytes(StandardCharsets.UTF_8));

        ImportResult result = parse(QuestionFormat.QTI21, Zips.zip(files));

        assertThat(problems(result)).containsExactly("1:zip.unsafePath");
    }

    @Test
    void qti_malformedItemIsReportedWithItsFileLineAndColumn() {
        Map<String, byte[]> files = Zips.folder("qti/package");
        byte[] broken = "<assessmentItem>\n<itemBody>\n</assessmentItem>".getBytes(StandardCharsets.UTF_8);
        files.put("items/sipas.xml", broken);

        ImportResult result = parse(QuestionFormat.QTI21, Zips.zip(files));

        assertThat(problems(result)).containsExactly("2:qti.itemMalformed");
        assertThat(result.problems().getFirst().args()).first().isEqualTo("items/sipas.xml");
        assertThat(result.questions()).hasSize(2);
    }

    @Test
    void qti_fileThatIsNotAnItemIsReported() {
        ImportResult result = parse(QuestionFormat.QTI21, "<?xml version=\"1.0\"?><quiz/>");

        assertThat(problems(result)).containsExactly("1:qti.notItem");
        assertThat(result.problems().getFirst().args()).containsExactly("quiz");
    }

    private static String choices(String... identifiers) {
        StringBuilder xml = new StringBuilder(
                "<p>Cơ quan nào là cơ quan thường trực về cải cách hành chính của tỉnh?</p>"
                + "<choiceInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\">");
        List<String> names = List.of("Sở Nội vụ", "Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh");
        for (int i = 0; i < identifiers.length; i++) {
            xml.append("<simpleChoice identifier=\"").append(identifiers[i]).append("\">").append(names.get(i))
                    .append("</simpleChoice>");
        }
        return xml.append("</choiceInteraction>").toString();
    }

    /** A bare assessmentItem with this body, correct value (none when null) and response processing. */
    private static byte[] item(String body, String correct, String responseProcessing) {
        String declaration =
                "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">"
                + (correct == null ? "" : "<correctResponse><value>" + correct + "</value></correctResponse>")
                + "</responseDeclaration>";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"i\" title=\"t\""
                + " adaptive=\"false\" timeDependent=\"false\">" + declaration + "<itemBody>" + body + "</itemBody>"
                + responseProcessing + "</assessmentItem>").getBytes(StandardCharsets.UTF_8);
    }
}
