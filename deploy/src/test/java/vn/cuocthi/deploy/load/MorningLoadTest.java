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
 * The mass-exam morning, small (docs/benchmarks.md): 200 contestants in two provinces sign in within 10 s, answer
 * 10 questions each with an autosave a second or so apart, submit and read the leaderboard and the statistics by
 * unit, with the generator (Gatling) in a JVM of its own. Fails on any error response and on any acknowledged
 * answer or submission not stored exactly. {@code -Dload.contestants=…} and the other {@code load.*} settings scale it.
 * Opt-in for now ({@code -Dload=true}): on this 2-core machine it takes about 4 minutes with the setup and, while
 * other builds run, still sees sign-ins time out and 503s (docs/benchmarks.md); it joins bin/test once the
 * mass-exam work (admission control, group commit) makes it pass reliably.
 */
@IntegrationTest
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "load", matches = "true")
class MorningLoadTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void everyAcknowledgedAnswerIsStoredAndNothingFails() throws Exception {
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
        assertThat(outcome.kinds()).as(outcome.report()).allSatisfy(kind -> assertThat(kind.errors()).as(kind.kind()).isZero());
        for (String kind : List.of("sign-in", "start", "autosave", "submit", "leaderboard", "unit statistics")) {
            assertThat(outcome.kind(kind)).as(kind + " measured\n" + outcome.report()).isPresent();
        }
        assertThat(outcome.kind("autosave").orElseThrow().requests()).isEqualTo((long) settings.contestants() * settings.questions());
        assertThat(outcome.stored().answers()).as(outcome.report()).isEqualTo((long) settings.contestants() * settings.questions());
        assertThat(outcome.stored().submissions()).as(outcome.report()).isEqualTo(settings.contestants());
        assertThat(outcome.stored().perfect()).as(outcome.report()).isTrue();
        assertThat(outcome.stored().synchronousCommit()).as("durable commits").isEqualTo("on");
    }
}
