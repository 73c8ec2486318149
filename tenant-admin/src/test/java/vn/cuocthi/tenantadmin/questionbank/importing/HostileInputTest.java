package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.fixture;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;

import org.junit.jupiter.api.Test;

/** Files made to hurt: each becomes a clear problem, never an exception, a hang or an out-of-memory error. */
class HostileInputTest {

    @Test
    void moodleXml_externalEntityIsRefusedBeforeAnythingIsRead() {
        ImportResult result = parse(QuestionFormat.MOODLE_XML, fixture("hostile/xxe.xml"));

        assertThat(problems(result)).containsExactly("0:xml.dtd");
        assertThat(result.questions()).isEmpty();
    }

    @Test
    void moodleXml_billionLaughsIsRefusedWithoutExpandingAnything() {
        ImportResult result = parse(QuestionFormat.MOODLE_XML, fixture("hostile/billion-laughs.xml"));

        assertThat(problems(result)).containsExactly("0:xml.dtd");
    }
}
