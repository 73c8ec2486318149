package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;

/** Contests open now, registrations with the bot check solved, and answers chosen by their (visible) texts. */
public final class ExamFixture {

    static final String RIGHT = "Phương án đúng";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private ExamFixture() {
    }

    /** Questions of topic "CCHC": option "Phương án đúng" is the correct one, placed first in the bank. */
    public static void questions(Http staff, int count, String prefix) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(Map.of("text", prefix + " – câu hỏi số " + i + " về cải cách hành chính?", "topic", "CCHC",
                    "difficulty", "MEDIUM", "explanation", "Giải thích câu " + i,
                    "options", List.of(Map.of("text", RIGHT, "correct", true), Map.of("text", "Phương án sai " + i, "correct", false),
                            Map.of("text", "Phương án chưa đúng " + i, "correct", false))));
        }
        for (Map<String, Object> question : questions) {
            Http.Reply reply = staff.post("/api/v1/admin/questions", question);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
    }

    public static Map<String, Object> round(String name, OffsetDateTime start, OffsetDateTime end) {
        return Map.of("name", name, "startsAt", start.toString(), "endsAt", end.toString());
    }

    /** A contest with one group, 5 questions per exam, and the exam rules overridden by {@code exam}. */
    public static Map<String, Object> contest(String name, List<Map<String, Object>> rounds, Map<String, Object> exam) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("questionCount", 5);
        rules.put("timeLimitSeconds", 1200);
        rules.put("attemptsPerRound", 3);
        rules.put("countedAttempt", "BEST");
        rules.put("pointsPerQuestion", 2);
        rules.put("revealAnswers", "AFTER_SUBMIT");
        rules.put("graceSeconds", 0);
        rules.putAll(exam);
        Map<String, Object> contest = new HashMap<>();
        contest.put("name", name);
        contest.put("year", 2026);
        contest.put("rounds", rounds);
        contest.put("groups", List.of(Map.of("code", "CD", "name", "Công dân", "minAge", 15)));
        contest.put("exam", rules);
        contest.put("prediction", Map.of("question", "Vòng này có bao nhiêu người dự thi?", "measure", "PARTICIPANTS", "required", false));
        contest.put("tieBreaks", List.of("SCORE", "PREDICTION", "DURATION", "SUBMITTED_AT"));
        contest.put("registrationFields", Map.of(
                "fields", List.of(field("FULL_NAME", true), field("CCCD", false), field("PHONE", true), field("BIRTH_DATE", false),
                        field("UNIT", false)),
                "exclusions", List.of(Map.of("cccd", "001090000001", "note", "Ban Tổ chức"),
                        Map.of("phone", "0900000001", "note", "Tổ ra đề"))));
        return contest;
    }

    private static Map<String, Object> field(String name, boolean required) {
        return Map.of("name", name, "shown", true, "required", required);
    }

    /** Creates and publishes the contest; its id. */
    public static String publish(Http staff, Map<String, Object> contest) {
        Http.Reply created = staff.post("/api/v1/admin/contests", contest);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Http.Reply published = staff.post("/api/v1/admin/contests/" + id + "/publish", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** Units, six questions and a published contest with one round open for a week; its id. */
    public static String openContest(Http staff, String name) {
        units(staff);
        questions(staff, 6, name);
        return publish(staff, contest(name, List.of(round("Tuần 1", now().minusHours(1), now().plusDays(7))), Map.of()));
    }

    public static void units(Http staff) {
        Http.Reply reply = staff.put("/api/v1/admin/units", List.of(
                Map.of("code", "SNV", "name", "Sở Nội vụ", "headcount", 40),
                Map.of("code", "XA", "name", "UBND xã A", "headcount", 10, "population", 5000, "parentCode", "SNV")));
        assertThat(reply.status()).as(reply.toString()).isLessThan(300);
    }

    /** A new province with ten questions, the units and one published contest whose one round is open for a week. */
    static OpenContest openContest(int port, String slugPrefix, String provinceName, String contestName) {
        String province = vn.cuocthi.deploy.support.Provinces.onboard(port, slugPrefix, provinceName);
        Http staff = Http.province(port, province).asAdmin();
        questions(staff, 10, province);
        units(staff);
        String contestId = publish(staff, contest(contestName, List.of(round("Vòng 1", now().minusDays(1), now().plusDays(6))),
                Map.of()));
        return new OpenContest(province, contestId);
    }

    record OpenContest(String province, String contestId) {
    }

    /** A fresh person: a unique CCCD and mobile number. */
    public static Person person(String fullName) {
        long n = SEQUENCE.incrementAndGet() % 100_000_000L;
        return new Person(fullName, String.format("0010%08d", n), String.format("09%08d", n));
    }

    public record Person(String fullName, String cccd, String phone) {
    }

    public static Map<String, Object> registration(Person person, String unitCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", person.fullName());
        body.put("cccd", person.cccd());
        body.put("phone", person.phone());
        body.put("birthDate", "1990-05-31");
        if (unitCode != null) {
            body.put("unitCode", unitCode);
        }
        body.put("password", "mat-khau-" + person.cccd());
        body.put("consent", true);
        return body;
    }

    /** Registers with the bot check solved, as the page does; the contestant's token. */
    public static String register(Http province, String contestId, Person person, String unitCode) {
        Map<String, Object> body = registration(person, unitCode);
        body.put("botCheck", solve(province));
        Http.Reply reply = province.post("/api/v1/contests/" + contestId + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("token").asString();
    }

    public static Map<String, Object> solve(Http province) {
        return solve(province.get("/api/v1/bot-check").json(), 0);
    }

    /** The first nonce from {@code from} on that solves the challenge (a second one proves a challenge is single-use). */
    public static Map<String, Object> solve(JsonNode challenge, long from) {
        String text = challenge.get("challenge").asString();
        int difficulty = challenge.get("difficulty").asInt();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long nonce = from; ; nonce++) {
                byte[] digest = sha.digest((text + ":" + nonce).getBytes(StandardCharsets.UTF_8));
                if (leadingZeroBits(digest) >= difficulty) {
                    return Map.of("challenge", text, "nonce", Long.toString(nonce));
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
        }
        return bits;
    }

    /** A new contestant registers, answers {@code right} questions right, and submits with the prediction. */
    static void sit(Http site, String contest, String name, int right, Long prediction) {
        Http me = site.bearer(register(site, contest, person(name), null));
        JsonNode attempt = me.post("/api/v1/contests/" + contest + "/attempts", null).json();
        Map<String, String> options = rightOptions(attempt);
        for (int i = 0; i < right; i++) {
            String question = attempt.at("/questions/" + i + "/id").asString();
            me.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + question,
                    Map.of("optionIds", List.of(options.get(question))));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("prediction", prediction);
        Http.Reply submitted = me.post("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/submit", body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    /** The option ids of each question of a started or resumed attempt, right one first. */
    static Map<String, String> rightOptions(JsonNode attempt) {
        Map<String, String> right = new HashMap<>();
        for (JsonNode question : attempt.get("questions")) {
            for (JsonNode option : question.get("options")) {
                if (RIGHT.equals(option.get("text").asString())) {
                    right.put(question.get("id").asString(), option.get("id").asString());
                }
            }
        }
        return right;
    }

    static String wrongOption(JsonNode question) {
        for (JsonNode option : question.get("options")) {
            if (!RIGHT.equals(option.get("text").asString())) {
                return option.get("id").asString();
            }
        }
        throw new IllegalStateException();
    }
}
