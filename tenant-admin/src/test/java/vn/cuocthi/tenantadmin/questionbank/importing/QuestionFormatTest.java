package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionFormatTest {

    @Test
    void fromParam_acceptsEveryValueTheApiNames() {
        assertThat(QuestionFormat.fromParam("xlsx")).contains(QuestionFormat.XLSX);
        assertThat(QuestionFormat.fromParam("docx")).contains(QuestionFormat.DOCX);
        assertThat(QuestionFormat.fromParam("aiken")).contains(QuestionFormat.AIKEN);
        assertThat(QuestionFormat.fromParam("gift")).contains(QuestionFormat.GIFT);
        assertThat(QuestionFormat.fromParam("moodle-xml")).contains(QuestionFormat.MOODLE_XML);
        assertThat(QuestionFormat.fromParam("qti21")).contains(QuestionFormat.QTI21);
    }

    @Test
    void fromParam_ignoresCaseAndSurroundingSpaces() {
        assertThat(QuestionFormat.fromParam(" Moodle-XML ")).contains(QuestionFormat.MOODLE_XML);
    }

    @Test
    void fromParam_refusesUnknownValuesAndEnumNames() {
        assertThat(QuestionFormat.fromParam("csv")).isEmpty();
        assertThat(QuestionFormat.fromParam("MOODLE_XML")).isEmpty();
        assertThat(QuestionFormat.fromParam("")).isEmpty();
        assertThat(QuestionFormat.fromParam(null)).isEmpty();
    }

    @Test
    void everyFormatRoundTripsThroughItsParam() {
        for (QuestionFormat format : QuestionFormat.values()) {
            assertThat(QuestionFormat.fromParam(format.param())).contains(format);
        }
    }
}
