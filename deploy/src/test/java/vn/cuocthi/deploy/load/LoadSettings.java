package vn.cuocthi.deploy.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The morning's parameters, from system properties {@code load.*} or environment variables {@code LOAD_*}
 * (docs/benchmarks.md lists them). The main population signs in (or uses its registration's token), starts within
 * {@code window}, answers every question after {@code think} (±50%) and submits; the optional burst arrives
 * {@code burstDelay} after the first start, {@code burstContestants} within {@code burstWindow}. With {@code submitAt},
 * every contestant who has answered holds its submission until that long after the generator started: the rush of
 * submissions at a round's deadline (target 4).
 */
public record LoadSettings(int contestants, Duration window, Duration think, int questions, List<String> provinces,
                           URI baseUrl, boolean signIn, int burstContestants, Duration burstWindow, Duration burstDelay,
                           boolean burstSignIn, double readShare, int addresses, boolean shareConnections,
                           String runName, int retries, String population, boolean populationFresh, Duration submitAt) {

    /** Read from the system properties and the environment, with the small test version's defaults. */
    public static LoadSettings fromEnvironment() {
        int contestants = integer("contestants", 200);
        int burst = integer("burst.contestants", 0);
        return new LoadSettings(contestants, duration("window", "10s"), duration("think", "1s"), integer("questions", 10),
                Arrays.stream(text("provinces", "caobang").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                URI.create(text("baseUrl", "http://127.0.0.1:8080")), bool("signIn", true), burst,
                duration("burst.window", "10s"), duration("burst.delay", "30s"), bool("burst.signIn", false),
                Double.parseDouble(text("reads", "1.0")),
                // sign-ins are limited per address and minute: spread the contestants over loopback addresses
                integer("addresses", Math.max(4, (contestants + burst) / 50 + 1)), bool("shareConnections", true),
                text("name", "morning"),
                // a waiting room's 503 is sent again after its Retry-After, as the pages do, this many times at most
                integer("retries", 20),
                // a name: runs share one registered population (Population), none: every run registers its own
                text("population", ""),
                // a reused population's contests start emptied of earlier runs' attempts, as a contest's morning does
                bool("population.fresh", true),
                // a deadline rush: every submission waits until this long after the generator's start (0: none)
                duration("submitAt", "0s"));
    }

    public LoadSettings withProvinces(List<String> slugs) {
        return new LoadSettings(contestants, window, think, questions, List.copyOf(slugs), baseUrl, signIn, burstContestants,
                burstWindow, burstDelay, burstSignIn, readShare, addresses, shareConnections, runName, retries, population, populationFresh, submitAt);
    }

    public LoadSettings withBaseUrl(URI url) {
        return new LoadSettings(contestants, window, think, questions, provinces, url, signIn, burstContestants,
                burstWindow, burstDelay, burstSignIn, readShare, addresses, shareConnections, runName, retries, population, populationFresh, submitAt);
    }

    public int everyone() {
        return contestants + burstContestants;
    }

    /** An exam's time limit: every think time at its longest, plus a margin. */
    public long examSeconds() {
        return think.multipliedBy(3L * questions / 2 + 2).toSeconds() + 900;
    }

    /** How long the generator may run before it is stopped: the windows, one exam's think times and a margin. */
    public Duration longestRun() {
        return submitAt.plus(window).plus(burstDelay).plus(burstWindow).plus(think.multipliedBy(questions * 3L / 2 + 2))
                .plus(Duration.ofMinutes(10));
    }

    /** The loopback addresses the generator connects from (127.0.1.x, 127.0.2.x ...); empty for a remote URL. */
    public List<String> localAddresses() {
        String host = baseUrl.getHost();
        if (!host.startsWith("127.") && !host.equals("localhost")) {
            return List.of();
        }
        List<String> list = new ArrayList<>(addresses);
        for (int i = 0; i < addresses; i++) {
            list.add("127.0." + (1 + i / 250) + "." + (1 + i % 250));
        }
        return list;
    }

    /** As {@code -D} options, to hand the same settings to the generator's JVM. */
    public List<String> asSystemProperties() {
        return List.of("-Dload.contestants=" + contestants, "-Dload.window=" + window, "-Dload.think=" + think,
                "-Dload.questions=" + questions, "-Dload.provinces=" + String.join(",", provinces),
                "-Dload.baseUrl=" + baseUrl, "-Dload.signIn=" + signIn, "-Dload.burst.contestants=" + burstContestants,
                "-Dload.burst.window=" + burstWindow, "-Dload.burst.delay=" + burstDelay,
                "-Dload.burst.signIn=" + burstSignIn, "-Dload.reads=" + readShare, "-Dload.addresses=" + addresses,
                "-Dload.shareConnections=" + shareConnections, "-Dload.name=" + runName, "-Dload.retries=" + retries,
                "-Dload.submitAt=" + submitAt);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d contestants over %s in %s, start window %s, think %s, %d questions%s%s, "
                        + "reads %.0f%%, %d client addresses%s, a waiting room's 503 retried up to %d times", contestants, String.join("+", provinces), baseUrl, window, think,
                questions, signIn ? ", signing in" : ", already signed in",
                burstContestants == 0 ? "" : String.format(Locale.ROOT, "; burst of %d %s within %s after %s", burstContestants,
                        burstSignIn ? "sign-ins" : "starts", burstWindow, burstDelay),
                readShare * 100, addresses, shareConnections ? ", connections shared as behind a proxy" : "", retries)
                + (population.isEmpty() ? "" : ", population " + population)
                + (submitAt.isZero() ? "" : ", every submission held until " + submitAt + " after the start");
    }

    static String text(String name, String fallback) {
        String value = System.getProperty("load." + name);
        if (value == null) {
            value = System.getenv("LOAD_" + name.replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)).replace("_", ""));
    }

    static boolean bool(String name, boolean fallback) {
        return Boolean.parseBoolean(text(name, Boolean.toString(fallback)));
    }

    /** {@code 10s}, {@code 500ms}, {@code 2m} or an ISO-8601 duration ({@code PT10S}). */
    static Duration duration(String name, String fallback) {
        return parse(text(name, fallback));
    }

    static Duration parse(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.startsWith("pt")) {
            return Duration.parse(value);
        }
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        long amount = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(Long.parseLong(v));
        };
    }
}
