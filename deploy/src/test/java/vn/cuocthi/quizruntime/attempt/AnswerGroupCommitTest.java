package vn.cuocthi.quizruntime.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.exam.ExamFixture;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * Group commit of autosaves ({@link AnswerGroupCommit}): what is acknowledged is stored exactly, in its own
 * province's schema, and a batch that fails acknowledges none of its saves. (Saves racing the submit:
 * {@code ExamApiTest.autosavesRacingTheSubmitAreCountedInTheGradeOrRefused}.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerGroupCommitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantRegistry registry;

    @Autowired
    BatchedAnswers answers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    final Map<String, String> contests = new HashMap<>();

    @BeforeAll
    void provinces() {
        for (String name : List.of("Tỉnh Gộp Ghi", "Tỉnh Gộp Ghi Hai")) {
            String slug = Provinces.onboard(port, "gopghi", name);
            Http staff = Http.province(port, slug).asAdmin();
            ExamFixture.questions(staff, 10, slug);
            contests.put(slug, ExamFixture.openContest(staff, "Cuộc thi gộp ghi"));
        }
    }

    /** An exam started through the API: its id and every question with its options. */
    private record Exam(String province, Http me, String attemptId, List<JsonNode> questions) {
    }

    private Exam start(String province, String name) {
        Http site = Http.province(port, province);
        Map<String, Object> body = ExamFixture.registration(ExamFixture.person(name), null);
        body.put("botCheck", ExamFixture.solve(site));
        Http.Reply registered = site.post("/api/v1/contests/" + contests.get(province) + "/registrations", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Http me = site.bearer(registered.json().get("token").asString());
        JsonNode attempt = me.post("/api/v1/contests/" + contests.get(province) + "/attempts", null).json();
        List<JsonNode> questions = new ArrayList<>();
        attempt.get("questions").forEach(questions::add);
        return new Exam(province, me, attempt.get("attemptId").asString(), questions);
    }

    @Test
    void concurrentSavesOfTwoProvincesAreAcknowledgedOnlyAsStoredEachInItsOwnSchema() throws Exception {
        List<Exam> exams = new ArrayList<>();
        for (String province : contests.keySet()) {
            for (String name : List.of("Gộp Ghi An", "Gộp Ghi Bình", "Gộp Ghi Chi")) {
                exams.add(start(province, name));
            }
        }
        io.micrometer.core.instrument.DistributionSummary batches = meters.get("cuocthi.autosave.batch").summary();
        long batchesBefore = batches.count();
        double savesBefore = batches.totalAmount();
        // the last acknowledged save of each question: attempt/question → option and savedAt
        Map<String, String[]> acknowledged = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(24);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Exam exam : exams) {
                for (JsonNode question : exam.questions()) {
                    String questionId = question.get("id").asString();
                    all.add(senders.submit(() -> {
                        // three saves of one question one after the other: the last one acknowledged is what counts
                        for (int i = 0; i < 3; i++) {
                            String option = question.get("options").get(i % question.get("options").size()).get("id").asString();
                            Http.Reply saved = exam.me().put("/api/v1/attempts/" + exam.attemptId() + "/answers/" + questionId,
                                    Map.of("optionIds", List.of(option)));
                            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
                            acknowledged.put(exam.attemptId() + "/" + questionId,
                                    new String[] {option, saved.json().get("savedAt").asString()});
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> sender : all) {
                sender.get();
            }
        } finally {
            senders.shutdownNow();
        }
        long saves = 3L * exams.stream().mapToInt(exam -> exam.questions().size()).sum();
        assertThat((long) (batches.totalAmount() - savesBefore)).as("saves in batches").isEqualTo(saves);
        assertThat(batches.count() - batchesBefore).as("several saves in one commit at least once").isLessThan(saves);
        for (String province : contests.keySet()) {
            List<Exam> here = exams.stream().filter(exam -> exam.province().equals(province)).toList();
            // the rows of this test's attempts of both provinces (the other tests write here too)
            List<Map<String, Object>> rows = inSchema(province, () -> jdbc.sql("""
                    select attempt_id::text as a, question_id::text as q, option_ids::text as o, saved_at from attempt_answer
                    where attempt_id::text = any(?)""").param(exams.stream().map(Exam::attemptId).toArray(String[]::new))
                    .query().listOfRows());
            Map<String, Map<String, Object>> stored = new HashMap<>();
            rows.forEach(row -> stored.put(row.get("a") + "/" + row.get("q"), row));
            // exactly the province's own answers: none of the other province's attempts here, none missing
            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.keySet().stream()
                    .filter(key -> here.stream().anyMatch(exam -> key.startsWith(exam.attemptId() + "/"))).toList());
            stored.forEach((key, row) -> {
                String[] ack = acknowledged.get(key);
                assertThat(row.get("o")).as(key).isEqualTo("{" + ack[0] + "}");
                assertThat(((java.sql.Timestamp) row.get("saved_at")).toInstant()).as(key).isEqualTo(Instant.parse(ack[1]));
            });
        }
    }

    @Test
    void aBatchThatFailsAcknowledgesNoneOfItsSaves() throws Exception {
        String province = contests.keySet().iterator().next();
        List<Exam> exams = List.of(start(province, "Hỏng Lô An"), start(province, "Hỏng Lô Bình"));
        List<Integer> batches = new CopyOnWriteArrayList<>();
        // the real statements in the real transaction, then a failure before the commit (a lost connection would do)
        AnswerGroupCommit failing = new AnswerGroupCommit(batch -> {
            batches.add(batch.size());
            answers.write(batch);
            throw new IllegalStateException("the batch fails after its statements ran");
        }, transactions, Duration.ofMillis(300), 64, Duration.ofSeconds(30), true, new SimpleMeterRegistry(),
                Duration.ofSeconds(10));
        List<PendingSave> saves = saves(province, exams);
        List<Object> outcomes = sendAtOnce(province, failing, saves);

        assertThat(outcomes).hasSize(saves.size()).allSatisfy(outcome -> assertThat(outcome)
                .as("no save of a failed batch is acknowledged").isInstanceOf(IllegalStateException.class));
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(saves.size());
        assertThat(storedOf(province, exams)).as("rolled back").isZero();

        // the same saves through a working batch: acknowledged and stored, so the check above can tell
        AnswerGroupCommit working = new AnswerGroupCommit(answers::write, transactions, Duration.ofMillis(300), 64,
                Duration.ofSeconds(30), true, new SimpleMeterRegistry(), Duration.ofSeconds(10));
        List<Object> stored = sendAtOnce(province, working, saves(province, exams));
        assertThat(stored).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Optional.class)
                .satisfies(saved -> assertThat((Optional<?>) saved).isPresent()));
        assertThat(storedOf(province, exams)).isEqualTo(saves.size());
    }

    @Test
    void closingTheNodeLetsQueuedBatchesCommitAndRefusesNewSaves() throws Exception {
        String province = contests.keySet().iterator().next();
        List<Exam> exams = List.of(start(province, "Đóng Máy An"), start(province, "Đóng Máy Bình"));
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        // a slow commit: the node is told to stop while the first batch is still being written
        AnswerGroupCommit slow = new AnswerGroupCommit(batch -> {
            writing.countDown();
            sleep(Duration.ofMillis(400));
            return answers.write(batch);
        }, transactions, Duration.ofMillis(50), 4, Duration.ofSeconds(30), true, new SimpleMeterRegistry(),
                Duration.ofSeconds(20));
        List<PendingSave> saves = saves(province, exams);
        Tenant tenant = registry.find(province).orElseThrow();
        ExecutorService senders = Executors.newFixedThreadPool(saves.size());
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (PendingSave save : saves) {
                outcomes.add(senders.submit(() -> TenantContext.call(tenant, () -> (Object) slow.save(save))));
            }
            assertThat(writing.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            sleep(Duration.ofMillis(100)); // the other saves are queued behind the slow batch by now
            assertThat(slow.close(Duration.ofSeconds(20))).as("every writer finished").isTrue();
            // close returned only after every queued save was committed and answered
            for (Future<Object> outcome : outcomes) {
                assertThat(outcome.isDone()).isTrue();
                assertThat(outcome.get()).isInstanceOf(Optional.class).satisfies(saved -> assertThat((Optional<?>) saved).isPresent());
            }
            assertThat(storedOf(province, exams)).isEqualTo(saves.size());
            // after the close, a save is refused with a retry, not queued for a writer that is gone
            PendingSave late = saves(province, exams).getFirst();
            assertThatThrownBy(() -> TenantContext.call(tenant, () -> slow.save(late)))
                    .isInstanceOfSatisfying(vn.cuocthi.platformcore.web.ApiException.class,
                            refused -> assertThat(refused.status().value()).isEqualTo(503));
        } finally {
            senders.shutdownNow();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoSavesOfOneQuestionInOneBatchKeepTheLaterOne() {
        String province = contests.keySet().iterator().next();
        Exam exam = start(province, "Hai Lần Lưu");
        PendingSave first = saves(province, List.of(exam)).getFirst();
        UUID other = UUID.fromString(exam.questions().getFirst().get("options").get(1).get("id").asString());
        PendingSave later = new PendingSave(first.attemptId(), first.contestantId(), first.writer(), first.questionId(),
                List.of(other), first.now().plusMillis(1));
        Map<PendingSave, Optional<Instant>> written = inSchema(province, () -> new org.springframework.transaction.support
                .TransactionTemplate(transactions).execute(status -> answers.write(List.of(first, later))));
        assertThat(written.get(first)).isPresent();
        assertThat(written.get(later)).isPresent();
        assertThat(inSchema(province, () -> jdbc.sql("select option_ids::text from attempt_answer where attempt_id = ?")
                .param(first.attemptId()).query(String.class).single())).isEqualTo("{" + other + "}");
    }

    /** A save of every question of every exam, as the attempt's writer (its contestant and session). */
    private List<PendingSave> saves(String province, List<Exam> exams) {
        List<PendingSave> saves = new ArrayList<>();
        for (Exam exam : exams) {
            Map<String, Object> attempt = inSchema(province, () -> jdbc.sql(
                    "select contestant_id, writer from attempt where id = cast(? as uuid)").param(exam.attemptId()).query().singleRow());
            for (JsonNode question : exam.questions()) {
                saves.add(new PendingSave(UUID.fromString(exam.attemptId()), (UUID) attempt.get("contestant_id"),
                        (String) attempt.get("writer"), UUID.fromString(question.get("id").asString()),
                        List.of(UUID.fromString(question.get("options").get(0).get("id").asString())), Instant.now()));
            }
        }
        return saves;
    }

    /** Each save from a thread of its own, all within the batch's window; what each got back or the exception. */
    private List<Object> sendAtOnce(String province, AnswerGroupCommit groupCommit, List<PendingSave> saves) throws Exception {
        Tenant tenant = registry.find(province).orElseThrow();
        ExecutorService senders = Executors.newFixedThreadPool(saves.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (PendingSave save : saves) {
                futures.add(senders.submit(() -> {
                    try {
                        return TenantContext.call(tenant, () -> groupCommit.save(save));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            senders.shutdownNow();
        }
    }

    private long storedOf(String province, List<Exam> exams) {
        return inSchema(province, () -> jdbc.sql("select count(*) from attempt_answer where attempt_id::text = any(?)")
                .param(exams.stream().map(Exam::attemptId).toArray(String[]::new)).query(Long.class).single());
    }

    private <T> T inSchema(String province, java.util.function.Supplier<T> work) {
        return TenantContext.call(registry.find(province).orElseThrow(), work);
    }
}
