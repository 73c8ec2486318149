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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Group commit of submissions ({@link SubmitGroupCommit}): a batch that fails grades none of its submissions and
 * answers each with the error; one that works grades each in its own province; closing the node drains what is
 * queued and refuses what comes after. (Many at once through the API: {@code SubmitRushTest}.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmitGroupCommitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantRegistry registry;

    @Autowired
    BatchedSubmits submits;

    @Autowired
    PlatformTransactionManager transactions;

    final Map<String, String> contests = new HashMap<>();

    @BeforeAll
    void provinces() {
        for (String name : List.of("Tỉnh Gộp Nộp", "Tỉnh Gộp Nộp Hai")) {
            String slug = Provinces.onboard(port, "gopnop", name);
            Http staff = Http.province(port, slug).asAdmin();
            ExamFixture.questions(staff, 10, slug);
            contests.put(slug, ExamFixture.openContest(staff, "Cuộc thi gộp nộp"));
        }
    }

    @Test
    void aBatchThatFailsGradesNoneAndAWorkingOneGradesEachInItsProvince() throws Exception {
        String province = contests.keySet().iterator().next();
        List<SubmitGroupCommit.PendingSubmit> pending = List.of(start(province, "Hỏng Nộp An"), start(province, "Hỏng Nộp Bình"));
        SubmitGroupCommit failing = commit(batch -> {
            submits.write(batch); // the real statements in the real transaction, then a failure before the commit
            throw new IllegalStateException("the batch fails after its statements ran");
        });
        assertThat(sendAtOnce(province, failing, pending)).allSatisfy(outcome ->
                assertThat(outcome).as("each gets the batch's error").isInstanceOf(IllegalStateException.class));
        assertThat(statuses(province, pending)).as("rolled back").containsOnly("IN_PROGRESS");

        SubmitGroupCommit working = commit(submits::write);
        assertThat(sendAtOnce(province, working, pending)).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(Optional.class, graded -> assertThat(graded).isPresent()));
        assertThat(statuses(province, pending)).containsOnly("SUBMITTED");
        // submitted again: not the plain case, left to the request (which returns the stored grade)
        assertThat(sendAtOnce(province, working, pending)).allSatisfy(outcome -> assertThat(outcome).isEqualTo(Optional.empty()));

        // another province's attempt sent under this province is not found in this province's schema: left alone
        String other = contests.keySet().stream().filter(slug -> !slug.equals(province)).findFirst().orElseThrow();
        SubmitGroupCommit.PendingSubmit elsewhere = start(other, "Nộp Nhầm Tỉnh");
        assertThat(sendAtOnce(province, working, List.of(elsewhere))).containsExactly(Optional.empty());
        assertThat(statuses(other, List.of(elsewhere))).containsOnly("IN_PROGRESS");
    }

    @Test
    void closingDrainsWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
        String province = contests.keySet().iterator().next();
        List<SubmitGroupCommit.PendingSubmit> pending = List.of(start(province, "Đóng Nộp An"), start(province, "Đóng Nộp Bình"),
                start(province, "Đóng Nộp Chi"));
        CountDownLatch writing = new CountDownLatch(1);
        SubmitGroupCommit slow = new SubmitGroupCommit(batch -> {
            writing.countDown();
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return submits.write(batch);
        }, transactions, Duration.ofMillis(20), 1, Duration.ofSeconds(30), true, Duration.ofSeconds(20), new SimpleMeterRegistry());
        Tenant tenant = registry.find(province).orElseThrow();
        ExecutorService senders = Executors.newFixedThreadPool(pending.size());
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (SubmitGroupCommit.PendingSubmit submit : pending) {
                outcomes.add(senders.submit(() -> inProvince(tenant, () -> (Object) slow.submit(submit))));
            }
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100); // the others are queued behind the slow batch by now
            assertThat(slow.close(Duration.ofSeconds(20))).as("every writer finished").isTrue();
            for (Future<Object> outcome : outcomes) {
                assertThat(outcome.isDone()).isTrue();
                assertThat(outcome.get()).isInstanceOfSatisfying(Optional.class, graded -> assertThat(graded).isPresent());
            }
            assertThat(statuses(province, pending)).containsOnly("SUBMITTED");
            assertThatThrownBy(() -> inProvince(tenant, () -> slow.submit(pending.getFirst())))
                    .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status().value()).isEqualTo(503));
        } finally {
            senders.shutdownNow();
        }
    }

    private SubmitGroupCommit commit(java.util.function.Function<List<SubmitGroupCommit.PendingSubmit>,
            List<Optional<SubmitGroupCommit.Graded>>> writer) {
        return new SubmitGroupCommit(writer, transactions, Duration.ofMillis(300), 64, Duration.ofSeconds(30), true,
                Duration.ofSeconds(10), new SimpleMeterRegistry());
    }

    /** An exam started through the API, as a submission of its writer (contestant and session) now. */
    private SubmitGroupCommit.PendingSubmit start(String province, String name) {
        Http site = Http.province(port, province);
        Http me = site.bearer(ExamFixture.register(site, contests.get(province), ExamFixture.person(name), null));
        JsonNode attempt = me.post("/api/v1/contests/" + contests.get(province) + "/attempts", null).json();
        UUID attemptId = UUID.fromString(attempt.get("attemptId").asString());
        Map<String, Object> row = inProvince(registry.find(province).orElseThrow(), () -> jdbc.sql(
                "select contestant_id, writer from attempt where id = ?").param(attemptId).query().singleRow());
        return new SubmitGroupCommit.PendingSubmit(attemptId, (UUID) row.get("contestant_id"), (String) row.get("writer"),
                7L, Instant.now());
    }

    private List<String> statuses(String province, List<SubmitGroupCommit.PendingSubmit> pending) {
        return inProvince(registry.find(province).orElseThrow(), () -> jdbc.sql("select status from attempt where id = any(?)")
                .param(pending.stream().map(SubmitGroupCommit.PendingSubmit::attemptId).toArray(UUID[]::new))
                .query(String.class).list());
    }

    /** Each submission from a thread of its own, all within the batch's window; what each got back or the exception. */
    private List<Object> sendAtOnce(String province, SubmitGroupCommit commit, List<SubmitGroupCommit.PendingSubmit> pending)
            throws Exception {
        Tenant tenant = registry.find(province).orElseThrow();
        ExecutorService senders = Executors.newFixedThreadPool(pending.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (SubmitGroupCommit.PendingSubmit submit : pending) {
                futures.add(senders.submit(() -> {
                    try {
                        return inProvince(tenant, () -> (Object) commit.submit(submit));
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

    private static <T> T inProvince(Tenant tenant, Supplier<T> work) {
        return TenantContext.call(tenant, work);
    }
}
