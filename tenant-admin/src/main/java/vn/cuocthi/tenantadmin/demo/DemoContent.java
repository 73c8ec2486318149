package vn.cuocthi.tenantadmin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.question.NewQuestion;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.tenantadmin.contest.ContestAdmin;
import vn.cuocthi.tenantadmin.unit.UnitAdmin;
import vn.cuocthi.tenantadmin.unit.UnitInput;

/**
 * Fills a demo province (inside its tenant context): the sample bank of CCHC questions, the units and the seed
 * contest of its letter, and one contest open now so a newcomer can try it; demo contestants with graded exams in
 * both, and the closed letter contest's results published ({@link DemoResults}). Each part only when still empty.
 */
@Component
public class DemoContent {

    static final String ACTOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    record DemoBank(int version, String language, List<DemoQuestion> questions) {
    }

    record DemoQuestion(String id, String topic, String difficulty, String text, boolean multiple,
                        List<NewQuestion.NewOption> options, String explanation, String legalSource) {
    }

    record SeedFile(int version, String note, Map<String, SeedProvince> provinces) {
    }

    record SeedProvince(List<UnitInput> units, ContestDefinition contest) {
    }

    private final QuestionStore questions;
    private final UnitAdmin units;
    private final ContestAdmin contestAdmin;
    private final ContestStore contests;
    private final JsonMapper json;
    private final Clock clock;
    private final DemoResults results;
    private final DemoSessions demoSessions;

    public DemoContent(QuestionStore questions, UnitAdmin units, ContestAdmin contestAdmin, ContestStore contests,
                       JsonMapper json, Clock clock, DemoResults results, DemoSessions demoSessions) {
        this.demoSessions = demoSessions;
        this.results = results;
        this.questions = questions;
        this.units = units;
        this.contestAdmin = contestAdmin;
        this.contests = contests;
        this.json = json;
        this.clock = clock;
    }

    /** Fills the current tenant with the demo content of the seed province {@code seedKey} (e.g. "caobang"). */
    public void fill(String seedKey) {
        SeedProvince seed = read("demo/seed-contests.json", SeedFile.class).provinces().get(seedKey);
        if (seed == null) {
            throw new IllegalArgumentException("No seed contest for " + seedKey);
        }
        if (questions.countActive() == 0) {
            List<NewQuestion> bank = read("demo/cchc-questions.json", DemoBank.class).questions().stream()
                    .map(q -> new NewQuestion(q.text(), q.multiple(), q.topic(), Difficulty.valueOf(q.difficulty()),
                            q.explanation(), q.legalSource(), List.of(), q.options()))
                    .toList();
            questions.addAll(bank, ACTOR);
        }
        if (units.list().isEmpty()) {
            units.replace(seed.units());
        }
        if (contests.all().isEmpty()) {
            List<String> unitCodes = units.list().stream().map(unit -> unit.code()).toList();
            Contest letter = contestAdmin.create(seed.contest(), ACTOR);
            results.sitEveryRound(letter, unitCodes);
            contestAdmin.publish(letter.id(), ACTOR);
            results.publishResults(contests.find(letter.id()).orElseThrow());
            Contest open = contestAdmin.create(openNow(seed.contest()), ACTOR);
            results.sitFirstRound(open, unitCodes);
            contestAdmin.publish(open.id(), ACTOR);
            demoSessions.register(contests.find(open.id()).orElseThrow(), units.list());
            log.info("Demo content ready: {} questions, {} units, contests \"{}\" and \"{}\"", questions.countActive(),
                    units.list().size(), letter.definition().name(), open.definition().name());
        }
    }

    /**
     * A contest to try now: eight weekly rounds from this week's Monday 00:00 (Vietnam time), ten questions drawn by
     * topic, ten minutes, unlimited attempts, answers shown after each submission; its form also asks where one lives.
     */
    ContestDefinition openNow(ContestDefinition letter) {
        LocalDate monday = OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Round> rounds = new ArrayList<>();
        for (int week = 0; week < 8; week++) {
            rounds.add(new Round("Tuần " + (week + 1),
                    monday.plusWeeks(week).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
                    monday.plusWeeks(week + 1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()));
        }
        List<ExamRules.TopicQuota> quotas = List.of(new ExamRules.TopicQuota("NQ76", null, 2),
                new ExamRules.TopicQuota("TTHC", null, 2), new ExamRules.TopicQuota("CONGVU", null, 2),
                new ExamRules.TopicQuota("CPDT", null, 2));
        ExamRules exam = new ExamRules(10, quotas, 600, null, null, ExamRules.CountedAttempt.BEST, 1,
                ExamRules.AnswerReveal.AFTER_SUBMIT, 30);
        return letter.withName("Thi thử: tìm hiểu về cải cách hành chính (bản trải nghiệm)")
                .withYear(OffsetDateTime.now(clock).getYear())
                .withDescription("<p>Cuộc thi thử để làm quen với hình thức thi trực tuyến: mỗi tuần là một vòng, thi không"
                        + " giới hạn số lượt, xem đáp án ngay sau khi nộp bài.</p>")
                .withRules(null).withRounds(rounds).withExam(exam).withPrizes(List.of()).withCollective(null)
                .withRegistrationFields(withResidence(letter.registrationFields()));
    }

    /** The letter's form, also asking (not requiring) where the person lives, from the province's full list. */
    private static RegistrationForm withResidence(RegistrationForm form) {
        List<RegistrationForm.Field> fields = new ArrayList<>(form.fields());
        fields.add(new RegistrationForm.Field(RegistrationForm.FieldName.RESIDENCE, true, false));
        return new RegistrationForm(fields, form.exclusions());
    }

    private <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
