package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.register;
import static vn.cuocthi.deploy.exam.ExamFixture.registration;
import static vn.cuocthi.deploy.exam.ExamFixture.rightOptions;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** The contestant API of API.md: registration, sign-in and the exam, with every refusal. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamApiTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    vn.cuocthi.platformcore.tenancy.TenantRegistry registry;

    String province;
    String other;
    String open;
    String otherOpen;
    String upcoming;

    @BeforeAll
    void provinces() {
        province = Provinces.onboard(port, "thisinh", "Tỉnh Thí Sinh");
        other = Provinces.onboard(port, "tinhkhac", "Tỉnh Khác");
        for (String slug : List.of(province, other)) {
            Http staff = Http.province(port, slug).asAdmin();
            ExamFixture.questions(staff, 12, slug);
            ExamFixture.units(staff);
        }
        Http staff = Http.province(port, province).asAdmin();
        open = ExamFixture.publish(staff, contest("Cuộc thi đang mở",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        upcoming = ExamFixture.publish(staff, contest("Cuộc thi sắp mở",
                List.of(round("Tuần 1", now().plusDays(2), now().plusDays(9))), Map.of()));
        otherOpen = ExamFixture.publish(Http.province(port, other).asAdmin(), contest("Cuộc thi tỉnh khác",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
    }

    Http site() {
        return Http.province(port, province);
    }

    @Test
    void registerSignInSitSaveResumeAndSubmitGradesOnTheServer() {
        ExamFixture.Person person = person("Nguyễn Văn An");
        register(site(), open, person, "XA");
        Http.Reply login = site().post("/api/v1/auth/login", Map.of("login", "+84 " + person.phone().substring(1), "password",
                "mat-khau-" + person.cccd()));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("expiresAt").asString()).isNotBlank();
        Http me = site().bearer(login.json().get("token").asString());
        // consent to personal-data processing is kept with its time and the version of the text shown (Decree 13)
        Map<String, Object> consent = vn.cuocthi.platformcore.tenancy.TenantContext.call(registry.find(province).orElseThrow(),
                () -> jdbc.sql("select consent_version, consent_at from contestant where full_name = ? and contest_id = cast(? as uuid)")
                        .params(person.fullName(), open).query().singleRow());
        assertThat(consent.get("consent_version")).isEqualTo("ND13-2023/v1");
        assertThat(consent.get("consent_at")).isNotNull();

        Http.Reply started = me.post("/api/v1/contests/" + open + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonNode attempt = started.json();
        assertThat(attempt.get("questions").size()).isEqualTo(5);
        assertThat(attempt.get("secondsLeft").asLong()).isBetween(1190L, 1200L);
        assertThat(attempt.at("/prediction/question").asString()).contains("bao nhiêu người");
        assertThat(started.body()).doesNotContain("correct").doesNotContain("Giải thích").doesNotContain("explanation");
        String attemptId = attempt.get("attemptId").asString();

        // three right, one wrong, one unanswered
        Map<String, String> right = rightOptions(attempt);
        List<JsonNode> questions = new ArrayList<>();
        attempt.get("questions").forEach(questions::add);
        for (int i = 0; i < 3; i++) {
            String questionId = questions.get(i).get("id").asString();
            Http.Reply saved = me.put("/api/v1/attempts/" + attemptId + "/answers/" + questionId,
                    Map.of("optionIds", List.of(right.get(questionId))));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().get("savedAt").asString()).isNotBlank();
        }
        String fourth = questions.get(3).get("id").asString();
        me.put("/api/v1/attempts/" + attemptId + "/answers/" + fourth, Map.of("optionIds", List.of(right.get(fourth))));
        // changed before the deadline: the last saved answer counts
        me.put("/api/v1/attempts/" + attemptId + "/answers/" + fourth, Map.of("optionIds", List.of(ExamFixture.wrongOption(questions.get(3)))));

        Http.Reply resumed = me.get("/api/v1/attempts/" + attemptId);
        assertThat(resumed.status()).isEqualTo(200);
        List<String> order = new ArrayList<>();
        attempt.get("questions").forEach(q -> order.add(q.get("id").asString() + q.get("options").toString()));
        List<String> resumedOrder = new ArrayList<>();
        resumed.json().get("questions").forEach(q -> resumedOrder.add(q.get("id").asString() + q.get("options").toString()));
        assertThat(resumedOrder).as("same questions, same order, same option order").isEqualTo(order);
        assertThat(resumed.json().get("answers").size()).isEqualTo(4);
        assertThat(resumed.json().at("/answers/" + fourth + "/0").asString()).isEqualTo(ExamFixture.wrongOption(questions.get(3)));
        assertThat(resumed.body()).doesNotContain("correct");

        Http.Reply submitted = me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of("prediction", 1234));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        JsonNode result = submitted.json();
        assertThat(result.get("score").asInt()).isEqualTo(6);
        assertThat(result.get("maxScore").asInt()).isEqualTo(10);
        assertThat(result.get("attemptsLeft").asInt()).isEqualTo(2);
        assertThat(result.get("durationMs").asLong()).isPositive();
        assertThat(result.get("submittedAt").asString()).isNotBlank();

        // submitting again returns the same grade; answers can no longer change
        assertThat(me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of()).json().get("score").asInt()).isEqualTo(6);
        Http.Reply late = me.put("/api/v1/attempts/" + attemptId + "/answers/" + fourth, Map.of("optionIds", List.of(right.get(fourth))));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("attempt.finished");

        // AFTER_SUBMIT: the review shows the right answers now, with explanations
        Http.Reply review = me.get("/api/v1/attempts/" + attemptId + "/review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("\"correct\":true").contains("Giải thích");

        JsonNode mine = me.get("/api/v1/contests/" + open + "/attempts").json();
        assertThat(mine.get("attempts").size()).isEqualTo(1);
        assertThat(mine.get("attemptsLeft").asInt()).isEqualTo(2);
    }

    @Test
    void invalidRegistrationsAreRefusedInVietnameseAndWriteNothing() {
        ExamFixture.Person person = person("Trần Thị Bình");
        Map<String, Object> body = registration(person, "XA");
        body.put("cccd", "12345");
        body.put("phone", "0123");
        body.put("consent", false);
        body.put("unitCode", "KHONG-CO");
        body.put("birthDate", "31/12/2020");
        body.put("botCheck", ExamFixture.solve(site()));
        Http.Reply reply = site().post("/api/v1/contests/" + open + "/registrations", body);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        Set<String> fields = new HashSet<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("cccd", "phone", "consent", "unitCode", "birthDate");
        assertThat(reply.body()).contains("Số CCCD phải gồm đúng 12 chữ số.").contains("phải từ đủ 15 tuổi");

        // nothing was written: the person registers cleanly afterwards and a login with the bad data fails
        register(site(), open, person, "XA");
        assertThat(site().post("/api/v1/auth/login", Map.of("login", "0123", "password", "x")).status()).isEqualTo(401);

        Http.Reply english = site().header("Accept-Language", "en").post("/api/v1/contests/" + open + "/registrations",
                Map.of("fullName", "A", "consent", true));
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body()).contains("Please choose a password.");
    }

    @Test
    void theSamePersonCannotRegisterTwiceEvenAtTheSameInstant() throws Exception {
        ExamFixture.Person person = person("Lê Văn Cường");
        register(site(), open, person, null);
        Map<String, Object> sameCccd = registration(new ExamFixture.Person("Lê Văn Cường", person.cccd(), person("x").phone()), null);
        sameCccd.put("botCheck", ExamFixture.solve(site()));
        Http.Reply byCccd = site().post("/api/v1/contests/" + open + "/registrations", sameCccd);
        assertThat(byCccd.status()).isEqualTo(409);
        // the refusal does not tell a stranger which of the two numbers is taken
        assertThat(byCccd.json().get("code").asString()).isEqualTo("registration.duplicate");
        assertThat(byCccd.json().at("/errors/0/field").isMissingNode()).isTrue();
        Map<String, Object> samePhone = registration(new ExamFixture.Person("Lê Văn Cường", person("y").cccd(),
                "+84" + person.phone().substring(1)), null);
        samePhone.put("botCheck", ExamFixture.solve(site()));
        Http.Reply byPhone = site().post("/api/v1/contests/" + open + "/registrations", samePhone);
        assertThat(byPhone.status()).as("the phone is compared normalized").isEqualTo(409);
        assertThat(byPhone.json().get("detail").asString()).isEqualTo(byCccd.json().get("detail").asString());

        // eight simultaneous registrations of one new person: the database lets exactly one through
        ExamFixture.Person racer = person("Phạm Thị Dung");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> copy = registration(racer, null);
            copy.put("botCheck", ExamFixture.solve(site()));
            bodies.add(copy);
        }
        List<Integer> statuses = parallel(bodies.stream().<Callable<Integer>>map(copy ->
                () -> site().post("/api/v1/contests/" + open + "/registrations", copy).status()).toList());
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);

        // another contest is another registration
        register(site(), upcoming, person, null);
    }

    @Test
    void excludedPeopleCannotRegister() {
        Map<String, Object> organiser = registration(new ExamFixture.Person("Thành viên Ban Tổ chức", "001090000001",
                person("z").phone()), null);
        organiser.put("botCheck", ExamFixture.solve(site()));
        Http.Reply byCccd = site().post("/api/v1/contests/" + open + "/registrations", organiser);
        assertThat(byCccd.status()).isEqualTo(403);
        assertThat(byCccd.json().get("code").asString()).isEqualTo("registration.excluded");
        Map<String, Object> writer = registration(new ExamFixture.Person("Người ra đề", person("w").cccd(), "+84 900 000 001"), null);
        writer.put("botCheck", ExamFixture.solve(site()));
        assertThat(site().post("/api/v1/contests/" + open + "/registrations", writer).status()).isEqualTo(403);
    }

    /** A 200 for an autosave means its commit is on disk, on the embedded database of a local run too. */
    @Test
    void commitsAreDurableOnTheDatabaseTheApplicationUses() {
        Map<String, Object> settings = jdbc.sql("select current_setting('synchronous_commit') as sc, current_setting('fsync') as fs")
                .query().singleRow();
        assertThat(settings.get("sc")).isEqualTo("on");
        assertThat(settings.get("fs")).isEqualTo("on");
    }

    /**
     * Autosaves racing the submit: each question is saved over and over, right and wrong in turn, while the exam is
     * submitted. Whatever the stored answers are afterwards is what the grade counted, and no save was acknowledged
     * after the grade (an attack probe once saw three 200s after the grade, which the review then disagreed with).
     */
    @Test
    void autosavesRacingTheSubmitAreCountedInTheGradeOrRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (String name : List.of("Chạy Đua An", "Chạy Đua Bình", "Chạy Đua Chi", "Chạy Đua Dũng")) {
                ExamFixture.Person person = person(name);
                Http me = site().bearer(register(site(), open, person, null));
                JsonNode attempt = me.post("/api/v1/contests/" + open + "/attempts", null).json();
                String attemptId = attempt.get("attemptId").asString();
                Map<String, String> right = rightOptions(attempt);
                List<Future<Integer>> savers = new ArrayList<>();
                for (JsonNode question : attempt.get("questions")) {
                    String questionId = question.get("id").asString();
                    List<String> options = List.of(right.get(questionId), ExamFixture.wrongOption(question));
                    savers.add(pool.submit(() -> {
                        // save until refused: the exam was graded
                        for (int i = 0; i < 400; i++) {
                            Http.Reply saved = me.put("/api/v1/attempts/" + attemptId + "/answers/" + questionId,
                                    Map.of("optionIds", List.of(options.get(i % 2))));
                            if (saved.status() != 200) {
                                return saved.status();
                            }
                        }
                        return 200;
                    }));
                }
                Thread.sleep(150);
                Http.Reply graded = me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of("prediction", 7));
                assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
                for (Future<Integer> saver : savers) {
                    assertThat(saver.get()).as("a save after the grade is refused as finished").isEqualTo(409);
                }
                Map<String, Object> stored = vn.cuocthi.platformcore.tenancy.TenantContext.call(
                        registry.find(province).orElseThrow(), () -> jdbc.sql("""
                                select a.correct_count,
                                       (select count(*) from attempt_question aq
                                        join attempt_answer aa on aa.attempt_id = aq.attempt_id and aa.question_id = aq.question_id
                                        where aq.attempt_id = a.id and cardinality(aa.option_ids) > 0
                                          and array(select x from unnest(aa.option_ids) x order by x)
                                            = array(select o.id from question_option o
                                                    where o.question_id = aq.question_id and o.correct order by o.id)) as right_now,
                                       (select count(*) from attempt_answer aa where aa.attempt_id = a.id
                                          and aa.saved_at > a.graded_at) as after_grade
                                from attempt a where a.id = cast(? as uuid)""").param(attemptId).query().singleRow());
                assertThat(((Number) stored.get("after_grade")).intValue()).as("answers saved after the grade").isZero();
                assertThat(((Number) stored.get("right_now")).intValue()).as("right answers stored now vs graded")
                        .isEqualTo(((Number) stored.get("correct_count")).intValue());
                assertThat(graded.json().get("score").asInt()).isEqualTo(2 * ((Number) stored.get("correct_count")).intValue());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registrationsWithoutTheBotCheckAreLimitedPerAddress() {
        String limited = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Cuộc thi kiểm tra máy",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of()));
        List<Integer> statuses = new ArrayList<>();
        Http.Reply last = null;
        for (int i = 0; i < 7; i++) {
            last = site().post("/api/v1/contests/" + limited + "/registrations", registration(person("Không Xác Minh"), null));
            statuses.add(last.status());
        }
        assertThat(statuses).filteredOn(status -> status == 429).isNotEmpty();
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
        assertThat(last.json().get("code").asString()).isEqualTo("registration.botCheckRequired");
        // a forged or replayed solution does not pass (a wrong nonce spends its challenge too)
        Map<String, Object> forged = registration(person("Giả Mạo"), null);
        Map<String, Object> wrong = ExamFixture.solve(site());
        forged.put("botCheck", Map.of("challenge", wrong.get("challenge"), "nonce", "x" + wrong.get("nonce")));
        Http.Reply refused = site().post("/api/v1/contests/" + limited + "/registrations", forged);
        assertThat(refused.status()).as(refused.toString()).isIn(422, 429);
        // a genuine solution of another province's challenge is not one of this province
        Map<String, Object> elsewhere = registration(person("Tỉnh Bên"), null);
        elsewhere.put("botCheck", ExamFixture.solve(Http.province(port, other)));
        Http.Reply foreign = site().post("/api/v1/contests/" + limited + "/registrations", elsewhere);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(foreign.body()).contains("botCheck");
        Map<String, Object> honest = registration(person("Trung Thực"), null);
        Map<String, Object> solution = ExamFixture.solve(site());
        honest.put("botCheck", solution);
        assertThat(site().post("/api/v1/contests/" + limited + "/registrations", honest).status()).isEqualTo(201);
        Map<String, Object> replay = registration(person("Dùng Lại"), null);
        replay.put("botCheck", solution);
        assertThat(site().post("/api/v1/contests/" + limited + "/registrations", replay).status()).isEqualTo(422);
    }

    @Test
    void startIsRefusedOutsideTheScheduleWithTheScheduleShown() {
        ExamFixture.Person person = person("Đỗ Thị Giang");
        Http me = site().bearer(register(site(), upcoming, person, null));
        Http.Reply refused = me.post("/api/v1/contests/" + upcoming + "/attempts", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("attempt.notOpen");
        assertThat(refused.json().get("detail").asString()).contains("Tuần 1 mở từ").contains("giờ Việt Nam");
        // a token of one contest does not start another
        assertThat(me.post("/api/v1/contests/" + open + "/attempts", null).status()).isEqualTo(403);
    }

    @Test
    void simultaneousStartsNeverExceedTheLimit() throws Exception {
        String once = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Một lượt duy nhất",
                List.of(round("Đợt 1", now().minusDays(1), now().plusDays(6))), Map.of("attemptsPerRound", 2, "attemptsTotal", 2)));
        Http me = site().bearer(register(site(), once, person("Vũ Văn Hùng"), null));
        for (int round = 0; round < 2; round++) {
            List<Callable<Http.Reply>> starts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                starts.add(() -> me.post("/api/v1/contests/" + once + "/attempts", null));
            }
            List<Http.Reply> replies = parallel(starts);
            assertThat(replies).filteredOn(reply -> reply.status() == 201).as("one new attempt").hasSize(1);
            assertThat(replies).allMatch(reply -> reply.status() == 201 || reply.status() == 200);
            assertThat(replies.stream().map(reply -> reply.json().get("attemptId").asString()).distinct()).hasSize(1);
            String attemptId = replies.getFirst().json().get("attemptId").asString();
            assertThat(me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of()).status()).isEqualTo(200);
        }
        Http.Reply none = me.post("/api/v1/contests/" + once + "/attempts", null);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().get("code").asString()).isEqualTo("attempt.noneLeft");
        assertThat(me.get("/api/v1/contests/" + once + "/attempts").json().get("attempts").size()).isEqualTo(2);
    }

    @Test
    void onlyTheLatestTabOrSignInWritesTheAttempt() {
        ExamFixture.Person person = person("Bùi Thị Hoa");
        Http first = site().bearer(register(site(), open, person, null));
        JsonNode attempt = first.header("X-Attempt-Tab", "tab-a").post("/api/v1/contests/" + open + "/attempts", null).json();
        String attemptId = attempt.get("attemptId").asString();
        String question = attempt.at("/questions/0/id").asString();
        String option = attempt.at("/questions/0/options/0/id").asString();
        Map<String, Object> answer = Map.of("optionIds", List.of(option));

        assertThat(first.header("X-Attempt-Tab", "tab-a").put("/api/v1/attempts/" + attemptId + "/answers/" + question, answer).status()).isEqualTo(200);
        // a second tab opens the exam: from now on only it writes
        assertThat(first.header("X-Attempt-Tab", "tab-b").get("/api/v1/attempts/" + attemptId).status()).isEqualTo(200);
        Http.Reply older = first.header("X-Attempt-Tab", "tab-a").put("/api/v1/attempts/" + attemptId + "/answers/" + question, answer);
        assertThat(older.status()).isEqualTo(409);
        assertThat(older.json().get("code").asString()).isEqualTo("attempt.continuedElsewhere");
        assertThat(older.json().get("detail").asString()).contains("đã được mở ở một thẻ hoặc thiết bị khác");
        assertThat(first.header("X-Attempt-Tab", "tab-b").put("/api/v1/attempts/" + attemptId + "/answers/" + question, answer).status()).isEqualTo(200);

        // a new sign-in (another phone) takes over in turn
        String token = site().post("/api/v1/auth/login", Map.of("login", person.phone(), "password", "mat-khau-" + person.cccd()))
                .json().get("token").asString();
        Http second = site().bearer(token);
        Http.Reply restarted = second.post("/api/v1/contests/" + open + "/attempts", null);
        assertThat(restarted.status()).as("starting again resumes the exam in progress").isEqualTo(200);
        assertThat(restarted.json().get("attemptId").asString()).isEqualTo(attemptId);
        assertThat(restarted.json().at("/answers/" + question + "/0").asString()).isEqualTo(option);
        assertThat(first.header("X-Attempt-Tab", "tab-b").put("/api/v1/attempts/" + attemptId + "/answers/" + question, answer).status()).isEqualTo(409);
        assertThat(first.header("X-Attempt-Tab", "tab-b").post("/api/v1/attempts/" + attemptId + "/submit", Map.of()).status()).isEqualTo(409);
        assertThat(second.put("/api/v1/attempts/" + attemptId + "/answers/" + question, answer).status()).isEqualTo(200);
    }

    @Test
    void forgedAnswersAreRefusedAndChangeNothing() {
        Http me = site().bearer(register(site(), open, person("Ngô Văn Khoa"), null));
        JsonNode attempt = me.post("/api/v1/contests/" + open + "/attempts", null).json();
        String attemptId = attempt.get("attemptId").asString();
        String question = attempt.at("/questions/0/id").asString();
        String foreignOption = attempt.at("/questions/1/options/0/id").asString();
        Http.Reply wrongOption = me.put("/api/v1/attempts/" + attemptId + "/answers/" + question, Map.of("optionIds", List.of(foreignOption)));
        assertThat(wrongOption.status()).isEqualTo(422);
        Http.Reply two = me.put("/api/v1/attempts/" + attemptId + "/answers/" + question, Map.of("optionIds",
                List.of(attempt.at("/questions/0/options/0/id").asString(), attempt.at("/questions/0/options/1/id").asString())));
        assertThat(two.status()).as("single-choice question").isEqualTo(422);
        assertThat(me.put("/api/v1/attempts/" + attemptId + "/answers/" + java.util.UUID.randomUUID(),
                Map.of("optionIds", List.of(foreignOption))).status()).isEqualTo(404);
        assertThat(me.get("/api/v1/attempts/" + attemptId).json().get("answers").size()).isZero();

        // another contestant, no token, a forged token, another province's token
        Http stranger = site().bearer(register(site(), open, person("Người Lạ"), null));
        assertThat(stranger.get("/api/v1/attempts/" + attemptId).status()).isEqualTo(404);
        assertThat(site().get("/api/v1/attempts/" + attemptId).status()).isEqualTo(401);
        assertThat(site().bearer("eyJmYWtl.dG9rZW4").get("/api/v1/attempts/" + attemptId).status()).isEqualTo(401);
        String foreign = register(Http.province(port, other), otherOpen, person("Người Tỉnh Khác"), null);
        Http.Reply crossed = site().bearer(foreign).get("/api/v1/attempts/" + attemptId);
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(crossed.json().get("code").asString()).isEqualTo("auth.foreignProvince");
        assertThat(site().bearer(foreign).post("/api/v1/contests/" + open + "/attempts", null).status()).isEqualTo(403);
    }

    @Test
    void reviewWaitsForTheContestsPolicy() {
        String afterContest = ExamFixture.publish(Http.province(port, province).asAdmin(), contest("Đáp án sau cuộc thi",
                List.of(round("Tuần 1", now().minusDays(1), now().plusDays(6))), Map.of("revealAnswers", "AFTER_CONTEST")));
        Http me = site().bearer(register(site(), afterContest, person("Đinh Văn Long"), null));
        String attemptId = me.post("/api/v1/contests/" + afterContest + "/attempts", null).json().get("attemptId").asString();
        assertThat(me.get("/api/v1/attempts/" + attemptId + "/review").status()).isEqualTo(409);
        Http.Reply result = me.post("/api/v1/attempts/" + attemptId + "/submit", Map.of());
        assertThat(result.json().get("reviewAvailable").asBoolean()).isFalse();
        assertThat(result.body()).doesNotContain("correct\"");
        Http.Reply review = me.get("/api/v1/attempts/" + attemptId + "/review");
        assertThat(review.status()).isEqualTo(409);
        assertThat(review.body()).doesNotContain(ExamFixture.RIGHT);
    }

    private static <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    static Map<String, Object> copy(Map<String, Object> map) {
        return new HashMap<>(map);
    }
}
