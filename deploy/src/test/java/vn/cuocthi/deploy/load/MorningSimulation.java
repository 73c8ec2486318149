package vn.cuocthi.deploy.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The mass-exam morning (issue 12): each contestant signs in (or uses the token of the registration), starts its
 * exam inside the start window, answers every question with one autosave after a think time, submits with a
 * prediction, then reads the leaderboard and the statistics by unit. Every acknowledged autosave and submission is
 * recorded ({@link Acknowledgements}) for the check in PostgreSQL afterwards. Run by {@link MorningRun} in a JVM of
 * its own; settings from {@link LoadSettings}, contestants from the run folder's {@code contestants.csv}.
 */
public class MorningSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromEnvironment();
    private final Path runDir = Path.of(System.getProperty("load.runDir"));
    private final Acknowledgements acks = new Acknowledgements();
    private final Latencies latencies = new Latencies();

    {
        List<LoadSetup.Contestant> everyone;
        try {
            everyone = LoadSetup.read(runDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no contestants in " + runDir, e);
        }
        // each province on its own host; locally <slug>.localhost, which the JVM does not resolve: aliased to the address
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl().getScheme() + "://" + LoadSite.hostOf(settings.baseUrl(), null))
                .acceptHeader("application/json").contentTypeHeader("application/json").disableWarmUp()
                .userAgentHeader("cuocthi-load");
        if (!settings.localAddresses().isEmpty()) {
            Map<String, List<String>> aliases = new HashMap<>();
            for (String slug : settings.provinces()) {
                aliases.put(LoadSite.hostOf(settings.baseUrl(), slug).replaceFirst(":\\d+$", ""), List.of(settings.baseUrl().getHost().equals("localhost") ? "127.0.0.1" : settings.baseUrl().getHost()));
            }
            protocol = protocol.hostNameAliases(aliases);
        }
        if (settings.shareConnections()) {
            protocol = protocol.shareConnections(); // as a reverse proxy keeps a pool of connections to the nodes
        }
        if (!settings.localAddresses().isEmpty()) {
            protocol = protocol.localAddresses(settings.localAddresses());
        }
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(morning("", everyone.subList(0, settings.contestants()), settings.signIn())
                .injectOpen(rampUsers(settings.contestants()).during(settings.window())));
        if (settings.burstContestants() > 0) {
            populations.add(morning("burst ", everyone.subList(settings.contestants(), everyone.size()), settings.burstSignIn())
                    .injectOpen(nothingFor(settings.burstDelay()), rampUsers(settings.burstContestants()).during(settings.burstWindow())));
        }
        setUp(populations).protocols(protocol);
    }

    private ScenarioBuilder morning(String prefix, List<LoadSetup.Contestant> contestants, boolean signIn) {
        String origin = settings.baseUrl().getScheme() + "://#{host}";
        List<Map<String, Object>> rows = contestants.stream().map(c -> Map.<String, Object>of("slug", c.slug(), "host", c.host(),
                "contestId", c.contestId(), "login", c.login(), "token", c.token())).toList();
        ScenarioBuilder scenario = scenario(prefix.isEmpty() ? "morning" : prefix.strip()).feed(listFeeder(rows).queue());
        if (signIn) {
            scenario = scenario.exec(request(prefix + "sign-in", http(prefix + "sign-in").post(origin + "/api/v1/auth/login")
                            .body(StringBody("{\"login\":\"#{login}\",\"password\":\"" + LoadSetup.PASSWORD
                                    + "\",\"contestId\":\"#{contestId}\"}")), status().is(200), jsonPath("$.token").saveAs("token")))
                    .exitHereIfFailed();
        }
        long think = settings.think().toMillis();
        return scenario
                .exec(request(prefix + "start", http(prefix + "start").post(origin + "/api/v1/contests/#{contestId}/attempts")
                        .header("Authorization", "Bearer #{token}"), status().in(200, 201), bodyString().saveAs("attempt")))
                .exitHereIfFailed()
                .exec(MorningSimulation::chooseAnswers)
                .exec(session -> {
                    acks.start(session.getString("slug"), session.getString("attemptId"), session.getString("login"),
                            session.getInt("status"));
                    return session;
                })
                .foreach("#{answers}", "answer").on(
                        exec(session -> session.remove("savedAt")).pause(Duration.ofMillis(think / 2),
                                        Duration.ofMillis(think * 3 / 2))
                                .exec(request(prefix + "autosave", http(prefix + "autosave")
                                        .put(origin + "/api/v1/attempts/#{attemptId}/answers/#{answer.question}")
                                        .header("Authorization", "Bearer #{token}")
                                        .body(StringBody("{\"optionIds\":[\"#{answer.option}\"]}")),
                                        status().is(200), jsonPath("$.savedAt").saveAs("savedAt")))
                                .exec(session -> {
                                    if (session.contains("savedAt")) {
                                        Map<String, String> answer = session.getMap("answer");
                                        acks.answer(session.getString("slug"), session.getString("attemptId"),
                                                answer.get("question"), answer.get("option"), session.getString("savedAt"));
                                    }
                                    return session;
                                }))
                .pause(Duration.ofMillis(think / 2), Duration.ofMillis(think * 3 / 2))
                .pause(session -> untilSubmitAt())
                .exec(session -> session.set("prediction", ThreadLocalRandom.current().nextInt(1, 100_000)))
                .exec(request(prefix + "submit", http(prefix + "submit").post(origin + "/api/v1/attempts/#{attemptId}/submit")
                        .header("Authorization", "Bearer #{token}").body(StringBody("{\"prediction\":#{prediction}}")),
                        status().is(200), jsonPath("$.score").saveAs("score"), jsonPath("$.submittedAt").saveAs("submittedAt"),
                        jsonPath("$.status").saveAs("submitStatus")))
                .exec(session -> {
                    if (session.contains("submittedAt")) {
                        acks.submit(session.getString("slug"), session.getString("attemptId"), session.getString("score"),
                                session.getString("submittedAt"), session.getString("prediction"),
                                session.getString("submitStatus"));
                    }
                    return session;
                })
                .doIf(session -> ThreadLocalRandom.current().nextDouble() < settings.readShare()).then(
                        exec(request(prefix + "leaderboard", http(prefix + "leaderboard")
                                .get(origin + "/api/v1/contests/#{contestId}/leaderboard?round=1"), status().is(200)))
                                .exec(request(prefix + "unit statistics", http(prefix + "unit statistics")
                                        .get(origin + "/api/v1/contests/#{contestId}/statistics/units?round=1"), status().is(200))));
    }

    /** When the generator started: a deadline rush ({@code load.submitAt}) is counted from it. */
    private final long startedAt = System.currentTimeMillis();

    /** What is left until the deadline rush, none without one or once it is past. */
    private Duration untilSubmitAt() {
        long left = startedAt + settings.submitAt().toMillis() - System.currentTimeMillis();
        return settings.submitAt().isZero() || left <= 0 ? Duration.ZERO : Duration.ofMillis(left);
    }

    /**
     * The request, then its status and response time recorded by kind (errors told apart: 4xx, 5xx, no answer). A
     * 503 with {@code Retry-After} (a waiting room: {@code server.busy}) is sent again after the seconds it asks
     * for, as the pages do, at most {@code load.retries} times: it is counted as queued, then served (with the time
     * from the first try) or, when the tries run out, as given up; neither is an error. Any other status outside 2xx,
     * a 5xx without {@code Retry-After} or one asking for more than {@link #LONGEST_RETRY_AFTER} is.
     */
    private ChainBuilder request(String kind, HttpRequestActionBuilder request, CheckBuilder... checks) {
        // status, time and Retry-After are saved first: a failing check skips the ones after it
        return exec(session -> session.set("tries", 0).set("again", true).set("firstSentAt", System.currentTimeMillis()))
                .asLongAs(session -> session.getBoolean("again")).on(
                        exec(session -> session.remove("status").remove("millis").remove("retryAfter"))
                                .exec(request.check(status().saveAs("status"), responseTimeInMillis().saveAs("millis"),
                                        header("Retry-After").optional().saveAs("retryAfter")).check(checks))
                                .exec(session -> answered(kind, session))
                                .doIf(session -> session.getBoolean("again"))
                                .then(pause(session -> Duration.ofSeconds(session.getLong("waitSeconds")))));
    }

    /** Longer than this is not a waiting room (a suspended province says an hour): an error, not a retry. */
    static final long LONGEST_RETRY_AFTER = 60;

    private Session answered(String kind, Session session) {
        int status = session.contains("status") ? session.getInt("status") : 0;
        int tries = session.getInt("tries");
        long retryAfter = retryAfterSeconds(session.contains("retryAfter") ? session.getString("retryAfter") : null);
        boolean queued = status == 503 && retryAfter > 0 && retryAfter <= LONGEST_RETRY_AFTER;
        if (queued && tries < settings.retries()) {
            return session.markAsSucceeded().set("tries", tries + 1).set("waitSeconds", retryAfter).set("again", true);
        }
        int millis = session.contains("millis") ? session.getInt("millis") : -1;
        if (tries > 0 && millis >= 0) {
            millis = (int) (System.currentTimeMillis() - session.getLong("firstSentAt")); // the wait is part of it
        }
        latencies.record(kind, status, millis, queued ? Latencies.Queue.GAVE_UP : tries > 0 ? Latencies.Queue.SERVED : Latencies.Queue.NONE);
        return session.set("again", false);
    }

    /** The header's seconds; 0 when absent or not a number of seconds (an HTTP date is not what the rooms send). */
    static long retryAfterSeconds(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return 0;
        }
        return Long.parseLong(header.strip());
    }

    /** From the started attempt: its id and, for every question in order, a random option of it. */
    private static Session chooseAnswers(Session session) {
        JsonNode attempt = LoadSite.JSON.readTree(session.getString("attempt"));
        List<Map<String, String>> answers = new ArrayList<>();
        for (JsonNode question : attempt.get("questions")) {
            JsonNode options = question.get("options");
            Map<String, String> answer = new HashMap<>();
            answer.put("question", question.get("id").asString());
            answer.put("option", options.get(ThreadLocalRandom.current().nextInt(options.size())).get("id").asString());
            answers.add(answer);
        }
        return session.remove("attempt").set("attemptId", attempt.get("attemptId").asString()).set("answers", answers);
    }

    @Override
    public void after() {
        acks.write(runDir);
        latencies.write(runDir);
    }
}
