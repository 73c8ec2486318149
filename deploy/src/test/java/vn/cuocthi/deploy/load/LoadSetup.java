package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Sets the morning up through the public API, as a province would: in each province a contest open now with its own
 * questions and the province's units, then every contestant registered with the bot check solved. Registrations
 * spread over the loopback addresses (the limit is per address) and retry when told to wait (429, 503).
 */
final class LoadSetup {

    static final String PASSWORD = "mat-khau-tai-thu-nghiem";
    private static final int REGISTERING_THREADS = 8;

    private final LoadSettings settings;
    private Instant roundsEndAt = Instant.MAX; // the earliest end of the contests' rounds, for a population's later runs

    LoadSetup(LoadSettings settings) {
        this.settings = settings;
    }

    /** One registered contestant; the feeder's row (token: the registration's, for "already signed in", valid until expiresAt). */
    record Contestant(String slug, String host, String contestId, String login, String token, Instant expiresAt) {

        String csv() {
            return String.join(",", slug, host, contestId, login, token, expiresAt.toString());
        }

        static Contestant parse(String line) {
            String[] f = line.split(",");
            return new Contestant(f[0], f[1], f[2], f[3], f[4], Instant.parse(f[5]));
        }
    }

    /**
     * Contests and contestants, written to {@code contestants.csv} in the run folder; the contest id per province.
     * With {@code load.population} a population registered by an earlier run is used when it can serve this one
     * ({@link Population}, {@link PopulationCheck}); otherwise this run registers one and keeps it for the next.
     */
    Map<String, String> prepare(Function<String, String> staffToken, Path runDir, MorningRun.Database database) throws Exception {
        if (settings.population().isEmpty()) {
            return register(staffToken, runDir);
        }
        long begin = System.nanoTime();
        Path file = Population.file(runDir, settings.population());
        Optional<Population> reused = Population.read(file).filter(p -> new PopulationCheck(settings, database).usable(p));
        if (reused.isPresent()) {
            List<Contestant> contestants = reused.get().contestants(settings);
            Files.write(runDir.resolve("contestants.csv"), contestants.stream().map(Contestant::csv).toList());
            System.out.printf("LOAD setup: population %s reused (registered %s): %d contestants, registration skipped, checks took %.1f s%n",
                    settings.population(), reused.get().registeredAt(), contestants.size(), (System.nanoTime() - begin) / 1e9);
            return reused.get().contests();
        }
        Map<String, String> contests = register(staffToken, runDir);
        Population.of(settings, contests, read(runDir), populationExamSeconds(), roundsEndAt).write(file);
        System.out.println("LOAD setup: population " + settings.population() + " kept in " + file + " for the next runs");
        return contests;
    }

    private Map<String, String> register(Function<String, String> staffToken, Path runDir) throws Exception {
        Map<String, String> contests = new LinkedHashMap<>();
        for (String slug : settings.provinces()) {
            contests.put(slug, contest(LoadSite.of(settings.baseUrl(), slug, null).bearer(staffToken.apply(slug))));
        }
        List<String> addresses = settings.localAddresses();
        List<Future<Contestant>> registered = new ArrayList<>();
        long begin = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(REGISTERING_THREADS)) {
            for (int i = 0; i < settings.everyone(); i++) {
                int n = i; // phone numbers are unique per contest, and every run has contests of its own
                String slug = settings.provinces().get(i % settings.provinces().size());
                String address = addresses.isEmpty() ? null : addresses.get(i % addresses.size());
                registered.add(pool.submit(() -> register(LoadSite.of(settings.baseUrl(), slug, address), slug,
                        contests.get(slug), String.format("09%08d", n), n)));
            }
            List<String> lines = new ArrayList<>();
            for (Future<Contestant> contestant : registered) {
                lines.add(contestant.get().csv());
            }
            Files.write(runDir.resolve("contestants.csv"), lines);
        }
        System.out.printf("LOAD setup: %d contestants registered in %.1f s%n", settings.everyone(),
                (System.nanoTime() - begin) / 1e9);
        return contests;
    }

    private String contest(LoadSite staff) {
        // the bank refuses a text it has: a later setup on the same data folder (a benchmark's) adds its own
        String setup = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).toLocalDateTime().toString().replace('T', ' ');
        for (int i = 0; i < settings.questions(); i++) {
            staff.post("/api/v1/admin/questions", Map.of("text", "Câu hỏi tải thử số " + i + " (đợt " + setup + ") về cải cách hành chính?",
                    "topic", "TAI-THU", "options", List.of(Map.of("text", "Đúng", "correct", true),
                            Map.of("text", "Sai", "correct", false), Map.of("text", "Chưa đúng", "correct", false),
                            Map.of("text", "Cũng sai", "correct", false)))).expect(201, "question");
        }
        if (staff.get("/api/v1/admin/units").json().isEmpty()) {
            List<Map<String, Object>> units = new ArrayList<>();
            for (int u = 1; u <= 10; u++) {
                units.add(Map.of("code", String.format("DV%02d", u), "name", "Đơn vị tải thử " + u, "headcount", 100));
            }
            staff.put("/api/v1/admin/units", units).expect(200, "units");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        boolean shared = !settings.population().isEmpty(); // later runs start new attempts in the same contest
        Map<String, Object> exam = Map.of("questionCount", settings.questions(),
                "timeLimitSeconds", shared ? populationExamSeconds() : settings.examSeconds(),
                "attemptsPerRound", shared ? Population.ATTEMPTS_PER_ROUND : 1, "countedAttempt", "BEST",
                "pointsPerQuestion", 1, "revealAnswers", "AFTER_CONTEST", "graceSeconds", 30);
        Map<String, Object> contest = new HashMap<>();
        contest.put("name", "Thi đồng loạt (tải thử) " + now);
        contest.put("year", now.getYear());
        OffsetDateTime ends = now.plusDays(1);
        contest.put("rounds", List.of(Map.of("name", "Vòng 1", "startsAt", now.minusHours(1).toString(), "endsAt", ends.toString())));
        roundsEndAt = roundsEndAt.isBefore(ends.toInstant()) ? roundsEndAt : ends.toInstant();
        contest.put("groups", List.of(Map.of("code", "CD", "name", "Công dân")));
        contest.put("exam", exam);
        contest.put("prediction", Map.of("question", "Bao nhiêu người dự thi?", "measure", "PARTICIPANTS", "required", false));
        contest.put("tieBreaks", List.of("SCORE", "PREDICTION", "DURATION", "SUBMITTED_AT"));
        contest.put("registrationFields", Map.of("fields", List.of(field("FULL_NAME", true), field("PHONE", true),
                field("UNIT", false))));
        String id = staff.post("/api/v1/admin/contests", contest).expect(201, "contest").json().get("id").asString();
        staff.post("/api/v1/admin/contests/" + id + "/publish", null).expect(200, "publish");
        return id;
    }

    /** A shared population's exam allows later runs longer think times: at least two hours, at most the four allowed. */
    private long populationExamSeconds() {
        return Math.min(4 * 3600, Math.max(2 * 3600, settings.examSeconds()));
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Lan", "Long", "Mai", "Nam",
            "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vân", "Xuân", "Yến"};

    /** A person's name (no digits allowed) that varies with the contestant's number. */
    static String name(int n) {
        return FAMILY[n % FAMILY.length] + " " + MIDDLE[n / FAMILY.length % MIDDLE.length] + " "
                + GIVEN[n / (FAMILY.length * MIDDLE.length) % GIVEN.length];
    }

    private static Map<String, Object> field(String name, boolean required) {
        return Map.of("name", name, "shown", true, "required", required);
    }

    private Contestant register(LoadSite site, String slug, String contestId, String phone, int n) throws Exception {
        JsonNode units = site.get("/api/v1/contests/" + contestId).json().get("units");
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name(n));
        body.put("phone", phone);
        body.put("password", PASSWORD);
        body.put("consent", true);
        if (units != null && !units.isEmpty()) {
            body.put("unitCode", units.get(n % units.size()).get("code").asString());
        }
        for (int tries = 1; ; tries++) {
            body.put("botCheck", solve(site));
            LoadSite.Reply reply = site.post("/api/v1/contests/" + contestId + "/registrations", body);
            if (reply.status() == 201) {
                JsonNode registered = reply.json();
                return new Contestant(slug, site.host(), contestId, phone, registered.get("token").asString(),
                        Instant.parse(registered.get("expiresAt").asString()));
            }
            if ((reply.status() == 429 || reply.status() == 503) && tries < 20) {
                Thread.sleep(1000L * (reply.retryAfter() == null ? 1 : Math.min(10, Long.parseLong(reply.retryAfter()))));
                continue;
            }
            throw new IllegalStateException("registration of " + phone + " refused: " + reply);
        }
    }

    /** The bot check's proof of work, as the registration page solves it. */
    static Map<String, Object> solve(LoadSite site) throws NoSuchAlgorithmException {
        JsonNode challenge = site.get("/api/v1/bot-check").json();
        String text = challenge.get("challenge").asString();
        int difficulty = challenge.get("difficulty").asInt();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (long nonce = 0; ; nonce++) {
            if (leadingZeroBits(sha.digest((text + ":" + nonce).getBytes(StandardCharsets.UTF_8))) >= difficulty) {
                return Map.of("challenge", text, "nonce", Long.toString(nonce));
            }
        }
    }

    private static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b != 0) {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    static List<Contestant> read(Path runDir) throws IOException {
        return Files.readAllLines(runDir.resolve("contestants.csv")).stream().map(Contestant::parse).toList();
    }
}
