package vn.cuocthi.tenantadmin.contest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestDocument;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.IndividualPrize;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.tenantadmin.contest.ContestForm.BlockRow;
import vn.cuocthi.tenantadmin.contest.ContestForm.DocumentRow;
import vn.cuocthi.tenantadmin.contest.ContestForm.FieldRow;
import vn.cuocthi.tenantadmin.contest.ContestForm.GroupRow;
import vn.cuocthi.tenantadmin.contest.ContestForm.PrizeRow;
import vn.cuocthi.tenantadmin.contest.ContestForm.QuotaRow;
import vn.cuocthi.tenantadmin.contest.ContestForm.RoundRow;

/**
 * Reads one submitted wizard step: first as text (so a refused step is shown again exactly as typed, with a row
 * added or removed when the person asked for that), then as the definition's part. Only what text cannot be (a
 * number that is not one, a time that is not a time) is judged here; everything else is ContestAdmin's job, so the
 * console and the API refuse the same things with the same words.
 */
final class ContestFormReader {

    private final MultiValueMap<String, String> params;
    private final List<FormErrors.Problem> problems = new ArrayList<>();
    private final java.util.function.BiFunction<String, Object, String> messages;

    /**
     * @param messages resolves the few message keys this reader reports itself ({@code console.form.number}, ...)
     *                 with their one argument
     */
    ContestFormReader(MultiValueMap<String, String> params, java.util.function.BiFunction<String, Object, String> messages) {
        this.params = params;
        this.messages = messages;
    }

    /** Whether the person asked to add or remove a row rather than to save. */
    boolean editsRows() {
        return params.containsKey("add") || params.containsKey("remove");
    }

    List<FormErrors.Problem> problems() {
        return problems;
    }

    /** {@code shown} with this step's inputs as submitted. */
    ContestForm read(WizardStep step, ContestForm shown) {
        return switch (step) {
            case GENERAL -> shown.withGeneral(new ContestForm.General(one("name"), one("year"), one("description"),
                    one("rules"), rows("documents", r -> new DocumentRow(r[0], r[1]), "title", "url")));
            case SCHEDULE -> shown.withRounds(rows("rounds", r -> new RoundRow(r[0], r[1], r[2]), "name", "startsAt", "endsAt"));
            // a code left empty is made from the name, as the page's script shows while typing
            case GROUPS -> shown.withGroups(rows("groups", r -> new GroupRow(r[0].isBlank() && !r[1].isBlank()
                    ? GroupCodes.fromName(r[1]) : r[0], r[1], r[2]), "code", "name", "minAge"));
            case EXAM -> shown.withExam(new ContestForm.Exam(one("questionCount"), one("timeLimitMinutes"),
                    one("attemptsPerRound"), one("attemptsTotal"), one("countedAttempt"), one("pointsPerQuestion"),
                    one("revealAnswers"), one("graceSeconds"),
                    rows("quotas", r -> new QuotaRow(r[0], r[1], r[2]), "topic", "difficulty", "count")));
            case RANKING -> shown.withRanking(new ContestForm.Ranking(one("predictionQuestion"), one("predictionMeasure"),
                    params.containsKey("predictionRequired"), all("tieBreak")));
            case REGISTRATION -> shown.withRegistration(new ContestForm.Registration(
                    shown.registration().fields().stream().map(f -> new FieldRow(f.name(),
                            all("shown").contains(f.name()) || all("required").contains(f.name()),
                            all("required").contains(f.name()))).toList(),
                    one("exclusions")));
            case PRIZES -> shown.withPrizes(
                    rows("prizes", r -> new PrizeRow(r[0], r[1], r[2], r[3], r[4], r[5]),
                            "group", "round", "first", "second", "third", "consolation"),
                    rows("blocks", (i, r) -> new BlockRow(r[0], thresholdRows(i), r[1], r[2], r[3], r[4], r[5], r[6]),
                            "block", "participationWeight", "scoreWeight", "first", "second", "third", "consolation"));
        };
    }

    /** {@code current} with this step's part taken from {@code form}; problems are collected, not thrown. */
    ContestDefinition apply(WizardStep step, ContestForm form, ContestDefinition current) {
        return switch (step) {
            case GENERAL -> current.withName(form.general().name()).withYear(integer("year", form.general().year()))
                    .withDescription(blankToNull(form.general().description())).withRules(blankToNull(form.general().rules()))
                    .withDocuments(documents(form.general().documents(), current.documents()));
            case SCHEDULE -> current.withRounds(rounds(form.rounds()));
            case GROUPS -> current.withGroups(groups(form.groups()));
            case EXAM -> current.withExam(exam(form.exam()));
            case RANKING -> current.withPrediction(prediction(form.ranking())).withTieBreaks(tieBreaks(form.ranking()));
            case REGISTRATION -> current.withRegistrationFields(registration(form.registration()));
            case PRIZES -> current.withPrizes(prizes(form.prizes())).withCollective(collective(form.blocks()));
        };
    }

    /** The typed links, then the uploaded files the step does not show as rows (they are kept as they are). */
    private static List<ContestDefinition.ReferenceDocument> documents(List<DocumentRow> rows,
                                                                       List<ContestDefinition.ReferenceDocument> current) {
        List<ContestDefinition.ReferenceDocument> documents = new ArrayList<>(rows.stream()
                .map(r -> new ContestDefinition.ReferenceDocument(blankToNull(r.title()), blankToNull(r.url()))).toList());
        current.stream().filter(d -> d != null && ContestDocument.isUploadUrl(d.url())).forEach(documents::add);
        return documents;
    }

    /** The form to show after a save was asked for: rows left entirely blank are dropped, as they are not saved. */
    static ContestForm withoutBlankRows(ContestForm form) {
        return new ContestForm(
                new ContestForm.General(form.general().name(), form.general().year(), form.general().description(),
                        form.general().rules(), keep(form.general().documents(), r -> blank(r.title(), r.url()))),
                keep(form.rounds(), r -> blank(r.name(), r.startsAt(), r.endsAt())),
                keep(form.groups(), r -> blank(r.code(), r.name(), r.minAge())),
                new ContestForm.Exam(form.exam().questionCount(), form.exam().timeLimitMinutes(), form.exam().attemptsPerRound(),
                        form.exam().attemptsTotal(), form.exam().countedAttempt(), form.exam().pointsPerQuestion(),
                        form.exam().revealAnswers(), form.exam().graceSeconds(),
                        keep(form.exam().quotas(), r -> blank(r.topic(), r.count()))),
                form.ranking(), form.registration(),
                keep(form.prizes(), r -> blank(r.first(), r.second(), r.third(), r.consolation())),
                form.blocks().stream().map(b -> b.withThresholds(keep(b.thresholds(), t -> blank(t.below(), t.rate()))))
                        .filter(b -> !(b.thresholds().isEmpty() && blank(b.block(), b.participationWeight(), b.scoreWeight())))
                        .toList());
    }

    private List<Round> rounds(List<RoundRow> rows) {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RoundRow row = rows.get(i);
            rounds.add(new Round(row.name(), instant("rounds[" + i + "].startsAt", row.startsAt()),
                    instant("rounds[" + i + "].endsAt", row.endsAt())));
        }
        return rounds;
    }

    private List<ContestantGroup> groups(List<GroupRow> rows) {
        List<ContestantGroup> groups = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GroupRow row = rows.get(i);
            groups.add(new ContestantGroup(row.code().strip(), row.name().strip(), integer("groups[" + i + "].minAge", row.minAge())));
        }
        return groups;
    }

    private ExamRules exam(ContestForm.Exam exam) {
        List<ExamRules.TopicQuota> quotas = new ArrayList<>();
        for (int i = 0; i < exam.quotas().size(); i++) {
            QuotaRow row = exam.quotas().get(i);
            quotas.add(new ExamRules.TopicQuota(blankToNull(row.topic()), choice(Difficulty.class, "exam.topicQuotas[" + i + "].difficulty",
                    row.difficulty()), integer("exam.topicQuotas[" + i + "].count", row.count())));
        }
        Integer seconds = null;
        BigDecimal minutes = decimal("exam.timeLimitSeconds", exam.timeLimitMinutes());
        if (minutes != null) {
            seconds = minutes.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        }
        return new ExamRules(integer("exam.questionCount", exam.questionCount()), quotas, seconds,
                integer("exam.attemptsPerRound", exam.attemptsPerRound()), integer("exam.attemptsTotal", exam.attemptsTotal()),
                choice(ExamRules.CountedAttempt.class, "exam.countedAttempt", exam.countedAttempt()),
                integer("exam.pointsPerQuestion", exam.pointsPerQuestion()),
                choice(ExamRules.AnswerReveal.class, "exam.revealAnswers", exam.revealAnswers()),
                integer("exam.graceSeconds", exam.graceSeconds()));
    }

    private Prediction prediction(ContestForm.Ranking ranking) {
        if (blank(ranking.predictionQuestion())) {
            return null;
        }
        return new Prediction(ranking.predictionQuestion().strip(),
                choice(Prediction.Measure.class, "prediction.measure", ranking.predictionMeasure()), ranking.predictionRequired());
    }

    private List<TieBreak> tieBreaks(ContestForm.Ranking ranking) {
        List<TieBreak> order = new ArrayList<>();
        for (String value : ranking.tieBreaks()) {
            TieBreak tieBreak = choice(TieBreak.class, "tieBreaks", value);
            if (tieBreak != null) {
                order.add(tieBreak);
            }
        }
        return order;
    }

    private RegistrationForm registration(ContestForm.Registration registration) {
        List<RegistrationForm.Field> fields = registration.fields().stream()
                .map(f -> new RegistrationForm.Field(RegistrationForm.FieldName.valueOf(f.name()), f.shown(), f.required()))
                .toList();
        List<RegistrationForm.Exclusion> exclusions = new ArrayList<>();
        for (String line : registration.exclusions().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[;\\t]", 2);
            String who = parts[0].strip();
            String note = parts.length > 1 ? blankToNull(parts[1]) : null;
            exclusions.add(PersonalNumbers.cccd(who).isPresent() ? new RegistrationForm.Exclusion(who, null, note)
                    : new RegistrationForm.Exclusion(null, who, note));
        }
        return new RegistrationForm(fields, exclusions);
    }

    private List<IndividualPrize> prizes(List<PrizeRow> rows) {
        List<IndividualPrize> prizes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PrizeRow row = rows.get(i);
            String at = "prizes[" + i + "]";
            prizes.add(new IndividualPrize(blankToNull(row.group()), blankToNull(row.round()), integer(at + ".first", row.first()),
                    integer(at + ".second", row.second()), integer(at + ".third", row.third()),
                    integer(at + ".consolation", row.consolation())));
        }
        return prizes;
    }

    private CollectiveRules collective(List<BlockRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<CollectiveRules.Block> blocks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BlockRow row = rows.get(i);
            String at = "collective.blocks[" + i + "]";
            List<CollectiveRules.Threshold> thresholds = new ArrayList<>();
            for (int k = 0; k < row.thresholds().size(); k++) {
                ContestForm.ThresholdRow threshold = row.thresholds().get(k);
                String tier = at + ".thresholds[" + k + "]";
                BigDecimal rate = decimal(tier + ".minRatePercent", threshold.rate().replace("%", ""));
                thresholds.add(new CollectiveRules.Threshold(integer(tier + ".belowHeadcount", threshold.below()),
                        rate == null ? null : rate.doubleValue()));
            }
            BigDecimal participation = decimal(at + ".participationWeight", row.participationWeight());
            BigDecimal score = decimal(at + ".scoreWeight", row.scoreWeight());
            blocks.add(new CollectiveRules.Block(blankToNull(row.block()), thresholds,
                    participation == null ? null : participation.doubleValue(), score == null ? null : score.doubleValue(),
                    integer(at + ".first", row.first()), integer(at + ".second", row.second()),
                    integer(at + ".third", row.third()), integer(at + ".consolation", row.consolation())));
        }
        return new CollectiveRules(blocks);
    }

    /**
     * The threshold rows of the collective block shown {@code block}-th on the page ({@code blocks[i].below},
     * {@code blocks[i].rate}), with a row added or removed when the person asked for that.
     */
    private List<ContestForm.ThresholdRow> thresholdRows(int block) {
        List<String> below = all("blocks[" + block + "].below");
        List<String> rate = all("blocks[" + block + "].rate");
        List<ContestForm.ThresholdRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(below.size(), rate.size()); i++) {
            rows.add(new ContestForm.ThresholdRow(i < below.size() ? below.get(i) : "", i < rate.size() ? rate.get(i) : ""));
        }
        String remove = params.getFirst("remove");
        if (remove != null && remove.startsWith("thresholds:" + block + ":")) {
            int index = index(remove.substring(("thresholds:" + block + ":").length()));
            if (index >= 0 && index < rows.size()) {
                rows.remove(index);
            }
        }
        if (("thresholds:" + block).equals(params.getFirst("add"))) {
            rows.add(new ContestForm.ThresholdRow("", ""));
        }
        return rows;
    }

    private <T> List<T> rows(String prefix, Function<String[], T> row, String... fields) {
        return rows(prefix, (index, values) -> row.apply(values), fields);
    }

    /** Rows of a repeated group of inputs ({@code rounds.name}, {@code rounds.startsAt}, ...), with row edits applied. */
    private <T> List<T> rows(String prefix, java.util.function.BiFunction<Integer, String[], T> row, String... fields) {
        int count = 0;
        for (String field : fields) {
            count = Math.max(count, all(prefix + "." + field).size());
        }
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] values = new String[fields.length];
            for (int f = 0; f < fields.length; f++) {
                List<String> column = all(prefix + "." + fields[f]);
                values[f] = i < column.size() ? column.get(i) : "";
            }
            rows.add(row.apply(i, values));
        }
        String remove = params.getFirst("remove");
        if (remove != null && remove.startsWith(prefix + ":")) {
            int index = index(remove.substring(prefix.length() + 1));
            if (index >= 0 && index < rows.size()) {
                rows.remove(index);
            }
        }
        if (prefix.equals(params.getFirst("add"))) {
            rows.add(row.apply(count, blanks(fields.length)));
        }
        return rows;
    }

    /** A row's index in a remove button's value; a forged one names no row. */
    private static int index(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String[] blanks(int count) {
        String[] values = new String[count];
        java.util.Arrays.fill(values, "");
        return values;
    }

    private String one(String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private List<String> all(String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values;
    }

    private Integer integer(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problem(field, "console.form.number", value.strip());
            return null;
        }
    }

    private BigDecimal decimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problem(field, "console.form.number", value.strip());
            return null;
        }
    }

    private java.time.OffsetDateTime instant(String field, String value) {
        if (blank(value)) {
            return null;
        }
        java.util.Optional<LocalDateTime> time = WallClockText.parse(value);
        if (time.isEmpty()) {
            problem(field, "console.form.dateTime", value.strip());
            return null;
        }
        return time.get().atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    private <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(field, "console.form.choice", value.strip());
            return null;
        }
    }

    private void problem(String field, String key, Object argument) {
        problems.add(new FormErrors.Problem(field, messages.apply(key, argument)));
    }

    private static <T> List<T> keep(List<T> rows, java.util.function.Predicate<T> blank) {
        return rows.stream().filter(blank.negate()).toList();
    }

    private static boolean blank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
