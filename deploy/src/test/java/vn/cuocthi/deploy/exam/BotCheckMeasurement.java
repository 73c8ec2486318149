package vn.cuocthi.deploy.exam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Browsers;
import vn.cuocthi.deploy.support.IntegrationTest;

/**
 * How long the bot check's work takes the page's own script (botcheck.js, Web Crypto) in Chromium with the CPU
 * slowed down as DevTools does for phones, against a plain Java loop standing for a script. Opt-in (it measures, it
 * asserts nothing): {@code bin/test -pl deploy -am -Dmeasure=true -Dtest=BotCheckMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures go to standard output and docs/security.md.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "measure", matches = "true")
class BotCheckMeasurement {

    private static final int BITS = 16;
    private static final int RUNS = 12;

    @LocalServerPort
    int port;

    @Test
    void solvingTimesOfThePageAndOfAScript() throws Exception {
        ExamFixture.OpenContest contest = ExamFixture.openContest(port, "dokiem", "Tỉnh Đo Kiểm", "Cuộc thi đo");
        WebDriver browser = Browsers.chromium("vi-VN,vi", 360, 800);
        StringBuilder report = new StringBuilder("bot check, " + BITS + " bits, " + RUNS + " challenges each\n");
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
            browser.get("http://" + contest.province() + ".localhost:" + port + "/contests/" + contest.contestId() + "/dang-ky");
            for (int rate : List.of(1, 4, 6)) {
                ((HasCdp) browser).executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
                Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                        var done = arguments[arguments.length - 1], bits = arguments[0], runs = arguments[1];
                        var hashes = 0, times = [];
                        function next(i) {
                            if (i === runs) { done({hashes: hashes, times: times}); return; }
                            var start = performance.now();
                            window.cuocthiBotCheck.search('mesure-' + bits + '-' + i + '-' + Math.random(), bits)
                                .then(function (solution) {
                                    times.push(performance.now() - start);
                                    hashes += Number(solution.nonce) + 1;
                                    next(i + 1);
                                });
                        }
                        next(0);""", BITS, RUNS);
                report.append(line("Chromium, CPU /" + rate + (rate == 1 ? " (this machine)" : " (phone-class)"), result));
            }
            report.append(script());
        } finally {
            browser.quit();
        }
        System.out.println(report);
    }

    @SuppressWarnings("unchecked")
    private static String line(String who, Object result) {
        Map<String, Object> figures = (Map<String, Object>) result;
        List<Number> times = (List<Number>) figures.get("times");
        double total = times.stream().mapToDouble(Number::doubleValue).sum();
        double max = times.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        long hashes = ((Number) figures.get("hashes")).longValue();
        return String.format("%-34s mean %6.0f ms, max %6.0f ms, %8.0f hashes/s%n", who, total / times.size(), max,
                hashes / (total / 1000));
    }

    private static String script() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long hashes = 0;
        long start = System.nanoTime();
        for (int run = 0; run < RUNS * 4; run++) {
            String challenge = "mesure-java-" + run + "-" + System.nanoTime();
            for (long nonce = 0; ; nonce++) {
                hashes++;
                byte[] digest = sha.digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
                if (digest[0] == 0 && digest[1] == 0) { // 16 leading zero bits
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%-34s mean %6.0f ms, %8.0f hashes/s (one core)%n", "Java loop (a script)",
                seconds * 1000 / (RUNS * 4), hashes / seconds);
    }
}
