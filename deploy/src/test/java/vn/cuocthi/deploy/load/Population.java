package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import tools.jackson.core.JacksonException;

/**
 * A registered population that several benchmark runs share ({@code -Dload.population=<name>}): registering is one
 * Argon2id hash per contestant (about 15 a second here), so target 1's 20,000 took longer than the measured morning.
 * The first run registers as usual and keeps here what later runs need; they start NEW attempts in the same contests
 * (which allow {@link #ATTEMPTS_PER_ROUND} a round and stay open a day). Kept in
 * {@code deploy/target/load/population-<name>.json}, beside the runs' folders, never committed.
 *
 * @param roundsEndAt   the earliest end of the contests' rounds: no attempt can start after it
 * @param examSeconds   the contests' time limit: a later run's think times must fit in it
 * @param contests      province slug to contest id
 * @param members       in registration order: contestant i is in province {@code i % provinces}, as a fresh run has it
 */
record Population(String name, Instant registeredAt, List<String> provinces, int questions, int attemptsPerRound,
                  long examSeconds, Instant roundsEndAt, Map<String, String> contests, List<Member> members) {

    static final int ATTEMPTS_PER_ROUND = 10;

    /** One registered contestant: signs in with phone and password, or goes in with the registration's token. */
    record Member(String slug, String contestId, String phone, String password, String token, Instant tokenExpiresAt) {
    }

    static Path file(Path runDir, String name) {
        return runDir.toAbsolutePath().getParent().resolve("population-" + name + ".json");
    }

    static Population of(LoadSettings settings, Map<String, String> contests, List<LoadSetup.Contestant> registered,
                         long examSeconds, Instant roundsEndAt) {
        return new Population(settings.population(), Instant.now(), settings.provinces(), settings.questions(),
                ATTEMPTS_PER_ROUND, examSeconds, roundsEndAt, contests, registered.stream().map(c -> new Member(c.slug(),
                        c.contestId(), c.login(), LoadSetup.PASSWORD, c.token(), c.expiresAt())).toList());
    }

    /** The population kept under that file, if any and readable; says why not otherwise. */
    static Optional<Population> read(Path file) {
        if (!Files.exists(file)) {
            System.out.println("LOAD population: none in " + file + " yet: this run registers it");
            return Optional.empty();
        }
        try {
            return Optional.of(LoadSite.JSON.readValue(Files.readString(file), Population.class));
        } catch (IOException | JacksonException e) {
            System.out.println("LOAD population: " + file + " unreadable (" + e.getMessage() + "): registering a new one");
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, LoadSite.JSON.writeValueAsString(this));
    }

    /**
     * Why this population cannot serve the run, judged from the file alone (the application is asked next, by
     * {@link PopulationCheck}); empty when it can.
     */
    Optional<String> incompatibility(LoadSettings settings, Instant now) {
        Instant runEnds = now.plus(settings.longestRun());
        if (!provinces.equals(settings.provinces())) {
            return Optional.of("provinces " + String.join(",", provinces) + ", the run asks for " + String.join(",", settings.provinces()));
        }
        if (questions != settings.questions()) {
            return Optional.of(questions + " questions per exam, the run asks for " + settings.questions());
        }
        if (members.size() < settings.everyone()) {
            return Optional.of(members.size() + " contestants, the run needs " + settings.everyone());
        }
        if (examSeconds < settings.examSeconds()) {
            return Optional.of("exams of " + examSeconds + " s, the run's think times need " + settings.examSeconds() + " s");
        }
        if (!roundsEndAt.isAfter(runEnds)) {
            return Optional.of("its contests' round ends at " + roundsEndAt + ", before this run could end (" + runEnds + ")");
        }
        if (members.stream().anyMatch(m -> !LoadSetup.PASSWORD.equals(m.password()))) {
            return Optional.of("passwords other than the harness's (it signs in with " + LoadSetup.class.getSimpleName() + ".PASSWORD)");
        }
        Optional<Instant> firstExpiry = IntStream.range(0, settings.everyone()).filter(i -> usesToken(settings, i))
                .mapToObj(i -> members.get(i).tokenExpiresAt()).min(Instant::compareTo);
        if (firstExpiry.isPresent() && !firstExpiry.get().isAfter(runEnds)) {
            return Optional.of("its registration tokens expire from " + firstExpiry.get() + " (12 h after registering), before this run "
                    + "could end (" + runEnds + "); runs with load.signIn=true may still use it");
        }
        return Optional.empty();
    }

    /** Whether the run's contestant i goes in with its stored token (the main population or the burst, not signing in). */
    static boolean usesToken(LoadSettings settings, int i) {
        return i < settings.contestants() ? !settings.signIn() : !settings.burstSignIn();
    }

    /** The run's contestants (the first {@code everyone()}), addressed to this run's application. */
    List<LoadSetup.Contestant> contestants(LoadSettings settings) {
        return members.subList(0, settings.everyone()).stream().map(m -> new LoadSetup.Contestant(m.slug(),
                LoadSite.hostOf(settings.baseUrl(), m.slug()), m.contestId(), m.phone(), m.token(), m.tokenExpiresAt())).toList();
    }
}
