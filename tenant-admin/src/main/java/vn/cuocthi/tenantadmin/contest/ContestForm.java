package vn.cuocthi.tenantadmin.contest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestDocument;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.RegistrationForm.FieldName;
import vn.cuocthi.platformcore.contest.TieBreak;

/**
 * What the wizard's inputs hold, as text: made from a contest definition to show a step, or from what a person
 * submitted, to show it again when it was refused. {@link ContestFormReader} turns a submitted step back into the
 * definition's part. Instants are shown as Vietnam wall-clock time in Vietnamese form ({@link WallClockText}).
 */
public record ContestForm(General general, List<RoundRow> rounds, List<GroupRow> groups, Exam exam, Ranking ranking,
                          Registration registration, List<PrizeRow> prizes, List<BlockRow> blocks) {

    public record General(String name, String year, String description, String rules, List<DocumentRow> documents) {
    }

    public record DocumentRow(String title, String url) {
    }

    public record RoundRow(String name, String startsAt, String endsAt) {
    }

    public record GroupRow(String code, String name, String minAge) {
    }

    public record Exam(String questionCount, String timeLimitMinutes, String attemptsPerRound, String attemptsTotal,
                       String countedAttempt, String pointsPerQuestion, String revealAnswers, String graceSeconds,
                       List<QuotaRow> quotas) {
    }

    public record QuotaRow(String topic, String difficulty, String count) {
    }

    /** The prediction question and the ranking order; {@code tieBreaks} has one entry per position, blank for none. */
    public record Ranking(String predictionQuestion, String predictionMeasure, boolean predictionRequired, List<String> tieBreaks) {
    }

    /** Which registration fields are shown and required, and the excluded people, one per line. */
    public record Registration(List<FieldRow> fields, String exclusions) {
    }

    public record FieldRow(String name, boolean shown, boolean required) {
    }

    public record PrizeRow(String group, String round, String first, String second, String third, String consolation) {
    }

    /** A block of the collective prizes with its participation thresholds, one row each. */
    public record BlockRow(String block, List<ThresholdRow> thresholds, String participationWeight, String scoreWeight,
                           String first, String second, String third, String consolation) {

        BlockRow withThresholds(List<ThresholdRow> rows) {
            return new BlockRow(block, rows, participationWeight, scoreWeight, first, second, third, consolation);
        }
    }

    /** Units with fewer than {@code below} staff (blank: any size) need at least {@code rate} % taking part. */
    public record ThresholdRow(String below, String rate) {
    }

    /** The form showing {@code definition}, with the usual choices filled in where it says nothing yet. */
    static ContestForm of(ContestDefinition definition, int defaultYear) {
        General general = new General(text(definition.name()), definition.year() == null ? String.valueOf(defaultYear)
                : String.valueOf(definition.year()), text(definition.description()), text(definition.rules()),
                // uploaded files have their own list (with delete buttons) on the page; these rows are typed links
                definition.documents().stream().filter(d -> d != null && !ContestDocument.isUploadUrl(d.url()))
                        .map(d -> new DocumentRow(text(d.title()), text(d.url()))).toList());
        List<RoundRow> rounds = definition.rounds().stream().filter(Objects::nonNull)
                .map(r -> new RoundRow(text(r.name()), local(r.startsAt()), local(r.endsAt()))).toList();
        List<GroupRow> groups = definition.groups().stream().filter(Objects::nonNull)
                .map(g -> new GroupRow(text(g.code()), text(g.name()), number(g.minAge()))).toList();
        return new ContestForm(general, rounds, groups, exam(definition.exam()), ranking(definition), registration(definition),
                definition.prizes().stream().filter(Objects::nonNull).map(p -> new PrizeRow(text(p.group()), text(p.round()),
                        number(p.first()), number(p.second()), number(p.third()), number(p.consolation()))).toList(),
                blocks(definition.collective()));
    }

    private static Exam exam(ExamRules exam) {
        if (exam == null) {
            // what most provinces' rules say: 20 questions in 20 minutes, at most 3 attempts a round, the best counts
            return new Exam("20", "20", "3", "", ExamRules.CountedAttempt.BEST.name(), "1",
                    ExamRules.AnswerReveal.AFTER_CONTEST.name(), "30", List.of());
        }
        String minutes = exam.timeLimitSeconds() == null ? ""
                : BigDecimal.valueOf(exam.timeLimitSeconds()).divide(BigDecimal.valueOf(60), 4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return new Exam(number(exam.questionCount()), minutes, number(exam.attemptsPerRound()), number(exam.attemptsTotal()),
                exam.countedAttempt() == null ? "" : exam.countedAttempt().name(), number(exam.pointsPerQuestion()),
                exam.revealAnswers() == null ? "" : exam.revealAnswers().name(), number(exam.graceSeconds()),
                exam.topicQuotas().stream().filter(Objects::nonNull).map(q -> new QuotaRow(text(q.topic()),
                        q.difficulty() == null ? "" : q.difficulty().name(), number(q.count()))).toList());
    }

    private static Ranking ranking(ContestDefinition definition) {
        Prediction prediction = definition.prediction();
        List<String> order = new ArrayList<>(definition.tieBreaks().isEmpty()
                ? Arrays.stream(TieBreak.values()).map(TieBreak::name).toList()
                : definition.tieBreaks().stream().map(t -> t == null ? "" : t.name()).toList());
        while (order.size() < TieBreak.values().length) {
            order.add("");
        }
        return new Ranking(prediction == null ? "" : text(prediction.question()),
                prediction == null || prediction.measure() == null ? Prediction.Measure.PARTICIPANTS.name() : prediction.measure().name(),
                prediction == null || Boolean.TRUE.equals(prediction.required()), order);
    }

    private static Registration registration(ContestDefinition definition) {
        RegistrationForm form = definition.registrationFields();
        List<FieldRow> rows = new ArrayList<>();
        for (FieldName name : FieldName.values()) {
            if (form == null) {
                // a contest needs a name and a way to sign in; the rest is the province's choice
                boolean required = name == FieldName.FULL_NAME || name == FieldName.CCCD || name == FieldName.PHONE;
                rows.add(new FieldRow(name.name(), required || name == FieldName.EMAIL || name == FieldName.BIRTH_DATE, required));
            } else {
                RegistrationForm.Field field = form.fields().stream().filter(f -> f != null && f.name() == name).findFirst().orElse(null);
                rows.add(new FieldRow(name.name(), field != null && !Boolean.FALSE.equals(field.shown()),
                        field != null && Boolean.TRUE.equals(field.required())));
            }
        }
        StringBuilder exclusions = new StringBuilder();
        if (form != null) {
            for (RegistrationForm.Exclusion exclusion : form.exclusions()) {
                if (exclusion == null) {
                    continue;
                }
                String who = exclusion.cccd() != null && !exclusion.cccd().isBlank() ? exclusion.cccd() : text(exclusion.phone());
                exclusions.append(who);
                if (exclusion.note() != null && !exclusion.note().isBlank()) {
                    exclusions.append("; ").append(exclusion.note());
                }
                exclusions.append('\n');
            }
        }
        return new Registration(rows, exclusions.toString());
    }

    private static List<BlockRow> blocks(CollectiveRules collective) {
        if (collective == null) {
            return List.of();
        }
        return collective.blocks().stream().filter(Objects::nonNull).map(b -> new BlockRow(text(b.block()),
                b.thresholds().stream().filter(Objects::nonNull)
                        .map(t -> new ThresholdRow(number(t.belowHeadcount()), decimal(t.minRatePercent()))).toList(),
                decimal(b.participationWeight()), decimal(b.scoreWeight()), number(b.first()), number(b.second()),
                number(b.third()), number(b.consolation()))).toList();
    }

    /** This form with one blank row in every list that has none, so that a person can start typing. */
    ContestForm withStarterRows() {
        List<DocumentRow> documents = general.documents().isEmpty() ? List.of(new DocumentRow("", "")) : general.documents();
        Exam examRows = exam.quotas().isEmpty() ? new Exam(exam.questionCount(), exam.timeLimitMinutes(), exam.attemptsPerRound(),
                exam.attemptsTotal(), exam.countedAttempt(), exam.pointsPerQuestion(), exam.revealAnswers(), exam.graceSeconds(),
                List.of(new QuotaRow("", "", ""))) : exam;
        return new ContestForm(new General(general.name(), general.year(), general.description(), general.rules(), documents),
                rounds.isEmpty() ? List.of(new RoundRow("", "", "")) : rounds,
                groups.isEmpty() ? List.of(new GroupRow("", "", "")) : groups, examRows, ranking, registration,
                prizes.isEmpty() ? List.of(new PrizeRow("", "", "", "", "", "")) : prizes,
                (blocks.isEmpty() ? List.of(new BlockRow("", List.of(), "", "", "", "", "", "")) : blocks).stream()
                        .map(b -> b.thresholds().isEmpty() ? b.withThresholds(List.of(new ThresholdRow("", ""))) : b).toList());
    }

    ContestForm withGeneral(General value) {
        return new ContestForm(value, rounds, groups, exam, ranking, registration, prizes, blocks);
    }

    ContestForm withRounds(List<RoundRow> value) {
        return new ContestForm(general, value, groups, exam, ranking, registration, prizes, blocks);
    }

    ContestForm withGroups(List<GroupRow> value) {
        return new ContestForm(general, rounds, value, exam, ranking, registration, prizes, blocks);
    }

    ContestForm withExam(Exam value) {
        return new ContestForm(general, rounds, groups, value, ranking, registration, prizes, blocks);
    }

    ContestForm withRanking(Ranking value) {
        return new ContestForm(general, rounds, groups, exam, value, registration, prizes, blocks);
    }

    ContestForm withRegistration(Registration value) {
        return new ContestForm(general, rounds, groups, exam, ranking, value, prizes, blocks);
    }

    ContestForm withPrizes(List<PrizeRow> prizeRows, List<BlockRow> blockRows) {
        return new ContestForm(general, rounds, groups, exam, ranking, registration, prizeRows, blockRows);
    }

    /** A round's instant as Vietnam wall-clock time, e.g. 07/12/2026 07:30 (seconds only when it has some, e.g. 23:59:59). */
    static String local(OffsetDateTime time) {
        return time == null ? "" : WallClockText.format(time.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String decimal(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
