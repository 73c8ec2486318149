package vn.cuocthi.quizruntime.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.quizruntime.account.ContestantSession;
import vn.cuocthi.quizruntime.account.ContestantStore;
import vn.cuocthi.quizruntime.attempt.AttemptViews.AttemptResult;
import vn.cuocthi.quizruntime.attempt.AttemptViews.AttemptView;

/**
 * The exam engine: start (draw, shuffle, fix the deadline), resume, autosave, submit and grade. The server's clock
 * is the only clock; PostgreSQL holds every acknowledged answer. One client writes an attempt at a time: starting
 * or opening it makes that client (sign-in session plus browser tab) the writer, and the older one is refused
 * with "the exam continues elsewhere".
 */
@Service
public class Attempts {

    private final ContestStore contests;
    private final ContestantStore contestants;
    private final AttemptStore store;
    private final ExamQuestions questions;
    private final AnswerGroupCommit groupCommit;
    private final SubmitGroupCommit submits;
    private final TransactionTemplate alone;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attempts(ContestStore contests, ContestantStore contestants, AttemptStore store, ExamQuestions questions,
             AnswerGroupCommit groupCommit, SubmitGroupCommit submits, ApplicationEventPublisher events, Clock clock,
             PlatformTransactionManager transactions) {
        this.submits = submits;
        this.alone = new TransactionTemplate(transactions);
        this.groupCommit = groupCommit;
        this.contests = contests;
        this.contestants = contestants;
        this.store = store;
        this.questions = questions;
        this.events = events;
        this.clock = clock;
    }

    /** A started attempt; {@code created} is false when the contestant already had one in progress (it is resumed). */
    public record Started(AttemptView attempt, boolean created) {
    }

    @Transactional
    public Started start(ContestantSession session, UUID contestId, String tab) {
        if (!session.contestId().equals(contestId)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "attempt.otherContest");
        }
        Contest contest = publishedContest(contestId);
        ContestantStore.Contestant contestant = contestants.lockEligible(session.contestantId())
                .orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "attempt.disqualified"));
        Instant now = clock.instant();
        String writer = writer(session, tab);
        Optional<AttemptRow> open = store.inProgress(session.contestantId());
        if (open.isPresent() && now.isBefore(open.get().deadline())) {
            store.claim(open.get().id(), writer);
            return new Started(view(contest, open.get(), now), false);
        }
        open.ifPresent(overdue -> finalizeOverdue(contest, overdue, now));

        Round round = contest.currentRound(now).orElseThrow(() -> notOpen(contest, now));
        int roundIndex = contest.definition().rounds().indexOf(round);
        ExamRules rules = contest.definition().exam();
        AttemptStore.Used used = store.used(session.contestantId(), roundIndex);
        Integer left = attemptsLeft(rules, used);
        if (left != null && left == 0) {
            throw ApiException.conflict("attempt.noneLeft", used.total());
        }
        List<DrawnQuestion> draw = ExamDraw.draw(rules, questions.pool(contestant.groupCode()), questions::contents,
                ThreadLocalRandom.current());
        Instant deadline = now.plusSeconds(rules.timeLimitSeconds());
        if (deadline.isAfter(round.endsAt().toInstant())) {
            deadline = round.endsAt().toInstant(); // the round's end is in the rules; no exam runs past it
        }
        AttemptRow attempt = new AttemptRow(Uuids.v7(), contestId, session.contestantId(), roundIndex, used.lastNumber() + 1,
                AttemptStatus.IN_PROGRESS, now, deadline, deadline.plusSeconds(grace(rules)), writer,
                rules.questionCount() * points(rules), null, null, null, null, null);
        store.insert(attempt, draw);
        return new Started(view(contest, attempt, draw, Map.of(), now), true);
    }

    /** Brings the attempt back as it was, and makes this client its writer. */
    @Transactional
    public AttemptView resume(ContestantSession session, UUID attemptId, String tab) {
        AttemptRow attempt = owned(session, attemptId);
        Contest contest = contests.find(attempt.contestId()).orElseThrow();
        if (!attempt.finished()) {
            store.claim(attemptId, writer(session, tab));
        }
        return view(contest, attempt, clock.instant());
    }

    /** The true seconds left of an attempt, by the server's clock. */
    public TimeLeft timeLeft(ContestantSession session, UUID attemptId) {
        AttemptRow attempt = owned(session, attemptId);
        long left = attempt.finished() ? 0 : Math.max(0, Duration.between(clock.instant(), attempt.deadline()).toSeconds());
        return new TimeLeft(attempt.status(), attempt.deadline(), left);
    }

    public record TimeLeft(AttemptStatus status, Instant deadline, long secondsLeft) {
    }

    /** Saves one answer durably: answered once the commit of its group ({@link AnswerGroupCommit}) is done. */
    public Instant save(ContestantSession session, UUID attemptId, UUID questionId, List<UUID> optionIds, String tab) {
        if (optionIds == null || optionIds.size() > 8 || new HashSet<>(optionIds).size() != optionIds.size()
                || optionIds.contains(null)) {
            throw ApiException.invalid(List.of(ApiException.FieldError.field("optionIds", "attempt.answer.invalid")));
        }
        Instant now = clock.instant();
        String writer = writer(session, tab);
        Optional<Instant> saved = groupCommit.enabled()
                ? groupCommit.save(new PendingSave(attemptId, session.contestantId(), writer, questionId, optionIds, now))
                : store.saveAnswer(attemptId, session.contestantId(), writer, questionId, optionIds, now);
        if (saved.isPresent()) {
            return saved.get();
        }
        // refused: say why (the rare path may read again)
        AttemptRow attempt = owned(session, attemptId);
        if (attempt.status() == AttemptStatus.EXPIRED || !now.isBefore(attempt.deadline())) {
            throw ApiException.conflict("attempt.deadlinePassed"); // whether or not the finalizer has run yet
        }
        if (attempt.finished()) {
            throw ApiException.conflict("attempt.finished");
        }
        if (!attempt.writer().equals(writer)) {
            throw ApiException.conflict("attempt.continuedElsewhere");
        }
        DrawnQuestion question = store.draw(attemptId).stream().filter(drawn -> drawn.questionId().equals(questionId))
                .findFirst().orElseThrow(() -> ApiException.notFound("attempt.questionNotFound"));
        if (!question.multiple() && optionIds.size() > 1) {
            throw ApiException.invalid(List.of(ApiException.FieldError.field("optionIds", "attempt.answer.single")));
        }
        throw ApiException.invalid(List.of(ApiException.FieldError.field("optionIds", "attempt.answer.unknownOption")));
    }

    /**
     * Grades the attempt with its saved answers. Before the deadline plus grace: as submitted now, with the
     * prediction. After it: as finalized at the deadline (the saved answers count, the prediction does not).
     * Submitting a graded attempt again returns the same grade.
     */
    public AttemptResult submit(ContestantSession session, UUID attemptId, Long prediction, String tab) {
        boolean validPrediction = prediction == null || prediction >= 0 && prediction <= 1_000_000_000L;
        if (submits.enabled() && validPrediction) {
            Instant now = clock.instant();
            Optional<SubmitGroupCommit.Graded> batched = submits.submit(new SubmitGroupCommit.PendingSubmit(attemptId,
                    session.contestantId(), writer(session, tab), prediction, now));
            if (batched.isPresent()) {
                SubmitGroupCommit.Graded graded = batched.get();
                announce(graded.contest(), graded.attempt()); // committed already: the board takes it after release
                return result(graded.contest(), graded.attempt(), now,
                        attemptsLeft(graded.contest().definition().exam(), graded.used(), graded.roundNow()));
            }
        }
        // anything but the plain case (already graded, refused, overdue, locked elsewhere): on its own, as always
        return alone.execute(status -> submitAlone(session, attemptId, prediction, tab));
    }

    private AttemptResult submitAlone(ContestantSession session, UUID attemptId, Long prediction, String tab) {
        AttemptRow attempt = store.lock(attemptId).filter(locked -> locked.contestantId().equals(session.contestantId()))
                .orElseThrow(() -> ApiException.notFound("attempt.notFound"));
        Contest contest = contests.find(attempt.contestId()).orElseThrow();
        Instant now = clock.instant();
        if (attempt.finished()) {
            return result(contest, attempt, now);
        }
        if (!attempt.writer().equals(writer(session, tab))) {
            throw ApiException.conflict("attempt.continuedElsewhere");
        }
        if (!now.isBefore(attempt.closesAt())) {
            return result(contest, finalizeOverdue(contest, attempt, now), now);
        }
        ExamRules rules = contest.definition().exam();
        if (prediction != null && (prediction < 0 || prediction > 1_000_000_000L)) {
            throw ApiException.invalid(List.of(ApiException.FieldError.field("prediction", "attempt.prediction.invalid")));
        }
        if (prediction == null && now.isBefore(attempt.deadline()) && contest.definition().prediction() != null
                && Boolean.TRUE.equals(contest.definition().prediction().required())) {
            // required while there is time to answer it; a submit when time is up goes through without it
            throw ApiException.invalid(List.of(ApiException.FieldError.field("prediction", "attempt.prediction.required")));
        }
        Instant submittedAt = now.isAfter(attempt.deadline()) ? attempt.deadline() : now;
        int roundNow = roundIndexAt(contest, now);
        Optional<AttemptStore.Graded> graded = store.gradeCounting(attempt.id(), AttemptStatus.SUBMITTED, submittedAt, now,
                Duration.between(attempt.startedAt(), submittedAt).toMillis(), points(rules), prediction, roundNow);
        if (graded.isEmpty()) {
            return result(contest, store.find(attempt.id()).orElseThrow(), now); // finalized first elsewhere: its grade stands
        }
        announce(contest, attempt);
        return result(contest, graded.get().attempt(), now, attemptsLeft(rules, graded.get().used(), roundNow));
    }

    /** Finalizes an attempt past its deadline plus grace with its saved answers; the caller holds its row lock. */
    AttemptRow finalizeOverdue(Contest contest, AttemptRow attempt, Instant now) {
        return finalizeOverdue(contest, attempt, now, store.correctCount(attempt.id()));
    }

    /** As above with the correct answers already counted (the finalizer counts a whole batch in one query). */
    AttemptRow finalizeOverdue(Contest contest, AttemptRow attempt, Instant now, int correct) {
        return grade(contest, attempt, AttemptStatus.EXPIRED, attempt.deadline(), null, now, correct);
    }

    private AttemptRow grade(Contest contest, AttemptRow attempt, AttemptStatus status, Instant submittedAt, Long prediction,
                             Instant now, int correct) {
        int score = correct * points(contest.definition().exam());
        long durationMs = Duration.between(attempt.startedAt(), submittedAt).toMillis();
        Optional<AttemptRow> graded = store.grade(attempt.id(), status, submittedAt, now, durationMs, correct, score, prediction);
        if (graded.isEmpty()) {
            return store.find(attempt.id()).orElseThrow(); // another node finalized it first: its grade stands
        }
        announce(contest, attempt);
        return graded.get();
    }

    private void announce(Contest contest, AttemptRow attempt) {
        events.publishEvent(new AttemptGraded(attempt.contestId(), attempt.contestantId(), attempt.id(), attempt.roundIndex(),
                contest));
    }

    @Transactional(readOnly = true)
    public AttemptViews.MyAttempts mine(ContestantSession session, UUID contestId) {
        if (!session.contestId().equals(contestId)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "attempt.otherContest");
        }
        Contest contest = publishedContest(contestId);
        Instant now = clock.instant();
        List<AttemptRow> attempts = store.ofContestant(session.contestantId());
        List<AttemptViews.AttemptSummary> summaries = attempts.stream()
                .map(attempt -> new AttemptViews.AttemptSummary(attempt.id(), attempt.number(), roundName(contest, attempt),
                        attempt.status(), attempt.startedAt(), attempt.deadline(), attempt.score(), attempt.maxScore(),
                        attempt.durationMs(), attempt.submittedAt()))
                .toList();
        UUID inProgress = attempts.stream().filter(attempt -> !attempt.finished() && now.isBefore(attempt.deadline()))
                .map(AttemptRow::id).findFirst().orElse(null);
        return new AttemptViews.MyAttempts(summaries, attemptsLeft(contest, session.contestantId(), now), inProgress);
    }

    /** The grade of a finished attempt. */
    @Transactional(readOnly = true)
    public AttemptResult result(ContestantSession session, UUID attemptId) {
        AttemptRow attempt = owned(session, attemptId);
        if (!attempt.finished()) {
            throw ApiException.conflict("attempt.notFinished");
        }
        return result(contests.find(attempt.contestId()).orElseThrow(), attempt, clock.instant());
    }

    /** Correct answers and explanations, only when the contest's policy allows it (invariant 3). */
    @Transactional(readOnly = true)
    public AttemptViews.Review review(ContestantSession session, UUID attemptId) {
        AttemptRow attempt = owned(session, attemptId);
        Contest contest = contests.find(attempt.contestId()).orElseThrow();
        if (!reviewAllowed(contest, attempt, clock.instant())) {
            throw ApiException.conflict("attempt.reviewNotYet");
        }
        List<DrawnQuestion> draw = store.draw(attemptId);
        Map<UUID, List<UUID>> answers = store.answers(attemptId);
        Map<UUID, ExamQuestions.ExamQuestion> contents = questions.contents(draw.stream().map(DrawnQuestion::questionId).toList());
        List<AttemptViews.ReviewQuestion> reviewed = new ArrayList<>();
        for (DrawnQuestion drawn : draw) {
            ExamQuestions.ExamQuestion question = contents.get(drawn.questionId());
            List<UUID> chosen = answers.getOrDefault(drawn.questionId(), List.of());
            List<AttemptViews.ReviewOption> options = drawn.optionIds().stream().map(question::option)
                    .map(option -> new AttemptViews.ReviewOption(option.id(), option.text(), option.correct(), chosen.contains(option.id())))
                    .toList();
            boolean right = !chosen.isEmpty() && options.stream().allMatch(option -> option.correct() == option.chosen());
            reviewed.add(new AttemptViews.ReviewQuestion(question.id(), question.text(), question.multiple(), options, right,
                    question.explanation(), question.legalSource()));
        }
        return new AttemptViews.Review(attemptId, reviewed);
    }

    static boolean reviewAllowed(Contest contest, AttemptRow attempt, Instant now) {
        return attempt.finished() && contest.answersShown(attempt.roundIndex(), now);
    }

    /** From when the contest's rule lets this attempt's answers be shown, for the result page to say; empty: no moment. */
    @Transactional(readOnly = true)
    public Optional<Instant> answersShownFrom(ContestantSession session, UUID attemptId) {
        AttemptRow attempt = owned(session, attemptId);
        return contests.find(attempt.contestId()).flatMap(contest -> contest.answersShownFrom(attempt.roundIndex()));
    }

    private AttemptRow owned(ContestantSession session, UUID attemptId) {
        return store.find(attemptId).filter(attempt -> attempt.contestantId().equals(session.contestantId()))
                .orElseThrow(() -> ApiException.notFound("attempt.notFound"));
    }

    private Contest publishedContest(UUID contestId) {
        return contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
    }

    private ApiException notOpen(Contest contest, Instant now) {
        return contest.nextRound(now)
                .map(next -> ApiException.conflict("attempt.notOpen", next.name(),
                        VietnamTime.of(next.startsAt().toInstant()).format(SCHEDULE), VietnamTime.of(next.endsAt().toInstant()).format(SCHEDULE)))
                .orElseGet(() -> ApiException.conflict("attempt.contestOver"));
    }

    private static final java.time.format.DateTimeFormatter SCHEDULE = java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Integer attemptsLeft(Contest contest, UUID contestantId, Instant now) {
        int roundIndex = roundIndexAt(contest, now);
        return attemptsLeft(contest.definition().exam(), store.used(contestantId, roundIndex), roundIndex);
    }

    /** Attempts left with the round open now ({@code roundIndex}, -1 for none: then none are left). */
    static Integer attemptsLeft(ExamRules rules, AttemptStore.Used used, int roundIndex) {
        Integer left = attemptsLeft(rules, used);
        return roundIndex < 0 && left != null ? Integer.valueOf(0) : left;
    }

    static int roundIndexAt(Contest contest, Instant now) {
        return contest.currentRound(now).map(contest.definition().rounds()::indexOf).orElse(-1);
    }

    /** Attempts left now: the smaller of the round's and the contest's allowance; null when both are unlimited. */
    static Integer attemptsLeft(ExamRules rules, AttemptStore.Used used) {
        Integer left = null;
        if (rules.attemptsPerRound() != null) {
            left = Math.max(0, rules.attemptsPerRound() - used.inRound());
        }
        if (rules.attemptsTotal() != null) {
            int total = Math.max(0, rules.attemptsTotal() - used.total());
            left = left == null ? total : Math.min(left, total);
        }
        return left;
    }

    private AttemptResult result(Contest contest, AttemptRow attempt, Instant now) {
        return result(contest, attempt, now, attemptsLeft(contest, attempt.contestantId(), now));
    }

    private AttemptResult result(Contest contest, AttemptRow attempt, Instant now, Integer left) {
        int questionCount = attempt.maxScore() / Math.max(1, points(contest.definition().exam()));
        return new AttemptResult(attempt.id(), attempt.roundIndex() + 1, attempt.status(), attempt.score(), attempt.maxScore(), attempt.correctCount(),
                questionCount, attempt.durationMs(), attempt.submittedAt(), attempt.prediction(), left,
                reviewAllowed(contest, attempt, now));
    }

    private AttemptView view(Contest contest, AttemptRow attempt, Instant now) {
        return view(contest, attempt, store.draw(attempt.id()), store.answers(attempt.id()), now);
    }

    private AttemptView view(Contest contest, AttemptRow attempt, List<DrawnQuestion> draw, Map<UUID, List<UUID>> answers,
                             Instant now) {
        Map<UUID, ExamQuestions.ExamQuestion> contents = questions.contents(draw.stream().map(DrawnQuestion::questionId).toList());
        List<AttemptViews.QuestionView> shown = draw.stream().map(drawn -> {
            ExamQuestions.ExamQuestion question = contents.get(drawn.questionId());
            return new AttemptViews.QuestionView(question.id(), question.text(), question.multiple(),
                    drawn.optionIds().stream().map(question::option)
                            .map(option -> new AttemptViews.OptionView(option.id(), option.text())).toList());
        }).toList();
        long secondsLeft = attempt.finished() ? 0 : Math.max(0, Duration.between(now, attempt.deadline()).toSeconds());
        AttemptViews.PredictionView prediction = contest.definition().prediction() == null ? null
                : new AttemptViews.PredictionView(contest.definition().prediction().question(),
                Boolean.TRUE.equals(contest.definition().prediction().required()));
        return new AttemptView(attempt.id(), attempt.contestId(), roundName(contest, attempt), attempt.number(), attempt.status(),
                attempt.startedAt(), attempt.deadline(), secondsLeft, shown, new LinkedHashMap<>(answers), prediction);
    }

    private static String roundName(Contest contest, AttemptRow attempt) {
        List<Round> rounds = contest.definition().rounds();
        return attempt.roundIndex() < rounds.size() ? rounds.get(attempt.roundIndex()).name() : null;
    }

    static int points(ExamRules rules) {
        return rules.pointsPerQuestion() == null ? 1 : rules.pointsPerQuestion();
    }

    private static int grace(ExamRules rules) {
        return rules.graceSeconds() == null ? 0 : rules.graceSeconds();
    }

    /** The writer of an attempt: the sign-in session and, for the pages, the browser tab. */
    static String writer(ContestantSession session, String tab) {
        String cleanTab = tab == null ? "" : tab.replaceAll("[^A-Za-z0-9_-]", "");
        return session.sessionId() + ":" + (cleanTab.length() > 40 ? cleanTab.substring(0, 40) : cleanTab);
    }
}
