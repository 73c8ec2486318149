package vn.cuocthi.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * Latency of the exam's hot path against a baseline request in the same sitting (docs/benchmarks.md). Not part of
 * the test run: {@code ./mvnw -B -o -pl deploy test -Dtest=ExamBenchmark -Dbench=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ExamBenchmark {

    private static final int CONTESTANTS = 100;
    private static final int CONCURRENCY = 32;
    private static final int SAVES = 10_000;

    @LocalServerPort
    int port;

    @Test
    void autosaveAndSubmitLatency() throws Exception {
        String slug = Provinces.onboard(port, "doto", "Tỉnh Đo Tốc Độ");
        Http staff = Http.province(port, slug).asAdmin();
        for (int i = 0; i < 40; i++) {
            staff.post("/api/v1/admin/questions", Map.of("text", "Câu hỏi đo tốc độ số " + i + "?", "topic", "CCHC",
                    "options", List.of(Map.of("text", "Đúng", "correct", true), Map.of("text", "Sai", "correct", false),
                            Map.of("text", "Sai nữa", "correct", false), Map.of("text", "Cũng sai", "correct", false))));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        Map<String, Object> exam = Map.of("questionCount", 20, "timeLimitSeconds", 1800, "countedAttempt", "BEST",
                "pointsPerQuestion", 1, "revealAnswers", "AFTER_CONTEST", "graceSeconds", 30);
        String contest = staff.post("/api/v1/admin/contests", Map.of("name", "Đo tốc độ", "year", 2026,
                "rounds", List.of(Map.of("name", "Vòng 1", "startsAt", now.minusDays(1).toString(), "endsAt", now.plusDays(1).toString())),
                "groups", List.of(Map.of("code", "CD", "name", "Công dân")), "exam", exam,
                "tieBreaks", List.of("SCORE", "DURATION", "SUBMITTED_AT"),
                "registrationFields", Map.of("fields", List.of(Map.of("name", "FULL_NAME", "shown", true, "required", true),
                        Map.of("name", "PHONE", "shown", true, "required", true))))).json().get("id").asString();
        assertThat(staff.post("/api/v1/admin/contests/" + contest + "/publish", null).status()).isEqualTo(200);

        Http site = Http.province(port, slug);
        List<Sitting> sittings = new ArrayList<>();
        for (int i = 0; i < CONTESTANTS; i++) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("fullName", "Thí Sinh Đo", "phone", String.format("098%07d", i),
                    "password", "mat-khau-do-toc-do", "consent", true));
            body.put("botCheck", solve(site));
            Http me = site.bearer(site.post("/api/v1/contests/" + contest + "/registrations", body).json().get("token").asString());
            JsonNode attempt = me.post("/api/v1/contests/" + contest + "/attempts", null).json();
            sittings.add(new Sitting(me, attempt));
        }

        // warm-up, then the baseline (a trivial request through the same filters) and autosaves, interleaved runs
        measure(2_000, () -> site.get("/actuator/health/liveness"));
        measure(2_000, () -> randomSave(sittings));
        // three alternations of the baseline (a trivial request through the same filters) and autosaves
        List<Double> ratios = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            Figures baseline = measure(SAVES, () -> site.get("/actuator/health/liveness"));
            Figures saves = measure(SAVES, () -> randomSave(sittings));
            ratios.add(saves.median() / baseline.median());
            System.out.printf("BENCH run %d baseline %s%nBENCH run %d autosave %s%n", run, baseline, run, saves);
        }
        Figures resumes = measure(2_000, () -> {
            Sitting sitting = sittings.get(ThreadLocalRandom.current().nextInt(sittings.size()));
            return sitting.me().get("/api/v1/attempts/" + sitting.attempt().get("attemptId").asString());
        });
        List<Sitting> toSubmit = Collections.synchronizedList(new ArrayList<>(sittings));
        Figures submits = measure(CONTESTANTS, () -> {
            Sitting sitting = toSubmit.removeLast();
            return sitting.me().post("/api/v1/attempts/" + sitting.attempt().get("attemptId").asString() + "/submit", Map.of());
        });
        System.out.printf("BENCH resume %s%nBENCH submit %s%n", resumes, submits);
        Collections.sort(ratios);
        System.out.printf("BENCH autosave/baseline median latency ratio, median of 3 runs: %.2f%n", ratios.get(1));
    }

    private static Http.Reply randomSave(List<Sitting> sittings) {
        Sitting sitting = sittings.get(ThreadLocalRandom.current().nextInt(sittings.size()));
        JsonNode question = sitting.attempt().get("questions").get(ThreadLocalRandom.current().nextInt(20));
        String option = question.get("options").get(ThreadLocalRandom.current().nextInt(4)).get("id").asString();
        return sitting.me().put("/api/v1/attempts/" + sitting.attempt().get("attemptId").asString() + "/answers/"
                + question.get("id").asString(), Map.of("optionIds", List.of(option)));
    }

    private static Figures measure(int count, Supplier<Http.Reply> request) throws Exception {
        List<Future<Double>> futures = new ArrayList<>(count);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY)) {
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    Http.Reply reply = request.get();
                    if (reply.status() >= 300) {
                        throw new IllegalStateException(reply.toString());
                    }
                    return (System.nanoTime() - begin) / 1e6;
                }));
            }
            List<Double> millis = new ArrayList<>(count);
            for (Future<Double> future : futures) {
                millis.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Collections.sort(millis);
            return new Figures(count, count / seconds, millis.get(count / 2), millis.get((int) (count * 0.99) - 1));
        }
    }

    private static Map<String, Object> solve(Http site) throws Exception {
        JsonNode challenge = site.get("/api/v1/bot-check").json();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (long nonce = 0; ; nonce++) {
            byte[] digest = sha.digest((challenge.get("challenge").asString() + ":" + nonce).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            int bits = Integer.numberOfLeadingZeros(((digest[0] & 0xff) << 8 | (digest[1] & 0xff)) << 16);
            if (bits >= challenge.get("difficulty").asInt()) {
                return Map.of("challenge", challenge.get("challenge").asString(), "nonce", Long.toString(nonce));
            }
        }
    }

    private record Sitting(Http me, JsonNode attempt) {
    }

    private record Figures(int requests, double perSecond, double median, double p99) {
        @Override
        public String toString() {
            return String.format("%6d requests, %7.0f/s, median %6.2f ms, p99 %6.2f ms", requests, perSecond, median, p99);
        }
    }
}
