package vn.cuocthi.platformcore.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContestDefinitionTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2025-12-01T00:00:00+07:00");

    private static final ContestDefinition FULL = new ContestDefinition("Tìm hiểu CCHC", 2025, "<p>Mô tả</p>", "<p>Thể lệ</p>",
            List.of(new ContestDefinition.ReferenceDocument("Kế hoạch", "https://example.vn/kh.pdf")),
            List.of(new Round("Tuần 1", MONDAY, MONDAY.plusWeeks(1))),
            List.of(new ContestantGroup("CBCCVC", "Cán bộ", 18)),
            new ExamRules(10, List.of(), 1200, 3, null, ExamRules.CountedAttempt.BEST, 1, ExamRules.AnswerReveal.AFTER_ROUND, 30),
            new Prediction("Bao nhiêu người?", Prediction.Measure.PARTICIPANTS, true),
            List.of(TieBreak.SCORE, TieBreak.DURATION),
            new RegistrationForm(List.of(), List.of(new RegistrationForm.Exclusion("001090000001", null, "BTC"))),
            List.of(new IndividualPrize(null, null, 1, 2, 3, 4)),
            new CollectiveRules(List.of()));

    @Test
    void everyPartHasItsWithMethod() {
        List<String> withers = Arrays.stream(ContestDefinition.class.getMethods()).map(java.lang.reflect.Method::getName)
                .filter(name -> name.startsWith("with")).toList();
        for (RecordComponent component : ContestDefinition.class.getRecordComponents()) {
            String name = component.getName();
            assertThat(withers).as("a with… method for %s", name)
                    .contains("with" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
    }

    @Test
    void eachWithMethodChangesItsOwnPartAndKeepsTheOthers() {
        ContestDefinition forward = ContestDefinition.empty().withName(FULL.name()).withYear(FULL.year())
                .withDescription(FULL.description()).withRules(FULL.rules()).withDocuments(FULL.documents())
                .withRounds(FULL.rounds()).withGroups(FULL.groups()).withExam(FULL.exam()).withPrediction(FULL.prediction())
                .withTieBreaks(FULL.tieBreaks()).withRegistrationFields(FULL.registrationFields()).withPrizes(FULL.prizes())
                .withCollective(FULL.collective());
        ContestDefinition backward = ContestDefinition.empty().withCollective(FULL.collective()).withPrizes(FULL.prizes())
                .withRegistrationFields(FULL.registrationFields()).withTieBreaks(FULL.tieBreaks())
                .withPrediction(FULL.prediction()).withExam(FULL.exam()).withGroups(FULL.groups()).withRounds(FULL.rounds())
                .withDocuments(FULL.documents()).withRules(FULL.rules()).withDescription(FULL.description())
                .withYear(FULL.year()).withName(FULL.name());
        assertThat(forward).isEqualTo(FULL);
        assertThat(backward).isEqualTo(FULL);
    }

    @Test
    void emptyIsADraftWithNothingSet() {
        ContestDefinition empty = ContestDefinition.empty();
        assertThat(empty.name()).isNull();
        assertThat(empty.rounds()).isEmpty();
        assertThat(empty.exam()).isNull();
        assertThat(FULL.withName("Khác").name()).isEqualTo("Khác");
        assertThat(FULL.withName("Khác").withName(FULL.name())).isEqualTo(FULL);
    }
}
