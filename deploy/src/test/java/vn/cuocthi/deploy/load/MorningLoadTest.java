package vn.cuocthi.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestIdentity;

/**
 * The mass-exam morning, small (docs/benchmarks.md): 150 contestants in two provinces go straight
 * from their registration's token into the exam (starts spread over 30 s), 50 more sign in with their password
 * over 20 s starting 5 s later; each answers 10 questions with an autosave a second or so apart, submits and reads
 * the leaderboard and the statistics by unit, with the generator (Gatling) in a JVM of its own. Fails on any error
 * response and on any acknowledged answer or submission not stored exactly. Sized to pass while other builds share
 * the 2 cores: a sign-in costs one Argon2id hash (one per core at a time), about 12 a second on an idle machine
 * and as few as 2 when the machine is 10 times oversubscribed, so most contestants come in signed in already.
 * {@code -Dload.contestants=…} and the other {@code load.*} settings scale it; {@code -Dload.repeat=3} runs it three
 * times in one JVM (a median for docs/benchmarks.md). Part of the test command: a start or sign-in the waiting
 * room answers 503 with Retry-After is sent again after that time, as the pages do, and counted as queued, not as
 * an error; one that gives up after the generator's tries fails the test all the same (someone was not served).
 * Bounded: the generator is stopped after its window, think times and a margin ({@link MorningRun}).
 */
@IntegrationTest
class MorningLoadTest {

    static {
        defaultTo("load.contestants", "150");
        defaultTo("load.window", "30s");
        defaultTo("load.signIn", "false");
        defaultTo("load.burst.contestants", "50");
        defaultTo("load.burst.window", "20s");
        defaultTo("load.burst.delay", "5s");
        defaultTo("load.burst.signIn", "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void everyAcknowledgedAnswerIsStoredAndNothingFails() throws Exception {
        for (int run = 1; run <= Integer.getInteger("load.repeat", 1); run++) {
            oneMorning();
        }
    }

    private void oneMorning() throws Exception {
        List<String> provinces = List.of(Provinces.onboard(port, "taithu", "Tỉnh Tải Thử"),
                Provinces.onboard(port, "taithu", "Tỉnh Tải Thử Hai"));
        LoadSettings settings = LoadSettings.fromEnvironment().withProvinces(provinces)
                .withBaseUrl(URI.create("http://127.0.0.1:" + port));
        MorningRun.Outcome outcome = new MorningRun(settings, Path.of("target", "load", "morning-" + System.currentTimeMillis()))
                .run(slug -> TestIdentity.staffToken(slug, "province-admin"),
                        new MorningRun.Database(environment.getProperty("spring.datasource.url"),
                                environment.getProperty("spring.datasource.username"),
                                environment.getProperty("spring.datasource.password", "")),
                        ProcessHandle.current());

        assertThat(outcome.generatorExit()).as(outcome.report()).isZero();
        assertThat(outcome.kinds()).as(outcome.report()).allSatisfy(kind -> {
            assertThat(kind.errors()).as(kind.kind() + " errors").isZero();
            assertThat(kind.gaveUp()).as(kind.kind() + " gave up waiting").isZero();
        });
        for (String kind : List.of("start", "autosave", "submit", "leaderboard", "unit statistics", "burst sign-in", "burst start")) {
            assertThat(outcome.kind(kind)).as(kind + " measured\n" + outcome.report()).isPresent();
        }
        assertThat(outcome.kind("autosave").orElseThrow().requests() + outcome.kind("burst autosave").orElseThrow().requests())
                .isEqualTo((long) settings.everyone() * settings.questions());
        assertThat(outcome.stored().answers()).as(outcome.report()).isEqualTo((long) settings.everyone() * settings.questions());
        assertThat(outcome.stored().submissions()).as(outcome.report()).isEqualTo(settings.everyone());
        assertThat(outcome.stored().perfect()).as(outcome.report()).isTrue();
        assertThat(outcome.stored().synchronousCommit()).as("durable commits").isEqualTo("on");
    }

    private static void defaultTo(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
