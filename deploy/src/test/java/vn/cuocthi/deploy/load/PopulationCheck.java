package vn.cuocthi.deploy.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Can a kept {@link Population} serve this run on this application? Beyond what its file says: its contests are
 * still in the provinces' schemas (a new data folder has none), no contestant has used all its attempts (unless
 * {@code load.population.fresh} first empties the contests of earlier runs' attempts), and every
 * stored token the run will present is still accepted (a sign-out or a password reset revokes one; the generator
 * would otherwise meet a heap of 401s). Says clearly why not, and the run registers a new population then.
 */
final class PopulationCheck {

    private static final int PROBING_THREADS = 8;

    private final LoadSettings settings;
    private final MorningRun.Database database;

    PopulationCheck(LoadSettings settings, MorningRun.Database database) {
        this.settings = settings;
        this.database = database;
    }

    boolean usable(Population population) {
        Optional<String> why;
        try {
            why = population.incompatibility(settings, Instant.now());
            if (why.isEmpty() && settings.populationFresh()) {
                emptyContests(population);
            }
            if (why.isEmpty()) {
                why = stored(population);
            }
            if (why.isEmpty()) {
                why = tokens(population);
            }
        } catch (Exception e) {
            why = Optional.of("it could not be checked (" + e + ")");
        }
        why.ifPresent(reason -> System.out.println("LOAD population " + population.name() + " (registered "
                + population.registeredAt() + ") cannot serve this run: " + reason + ". Registering a new one, which replaces it."));
        return why.isEmpty();
    }

    /**
     * {@code load.population.fresh}: the attempts earlier runs left in the population's contests are deleted (their
     * questions and answers with them), and the attempt tables rewritten, so that every run meets the tables a contest's
     * first morning has instead of all earlier runs' (they grew run after run: PostgreSQL's share of the CPU went from
     * 0.6 to 1.2 cores over four runs, docs/benchmarks.md), and no contestant runs out of attempts. A benchmark's data
     * folder only: this deletes contestants' exams. The leaderboards in Redis keep the earlier runs' entries.
     */
    private void emptyContests(Population population) throws SQLException {
        long begin = System.nanoTime();
        long deleted = 0;
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            for (Map.Entry<String, String> contest : population.contests().entrySet()) {
                String schema = "tenant_" + contest.getKey();
                try (PreparedStatement exists = db.prepareStatement("select to_regclass(?) is not null")) {
                    exists.setString(1, schema + ".attempt");
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next() || !rs.getBoolean(1)) {
                            continue; // a new data folder: stored() says so
                        }
                    }
                }
                try (PreparedStatement delete = db.prepareStatement("delete from " + schema + ".attempt where contest_id = ?")) {
                    delete.setObject(1, UUID.fromString(contest.getValue()));
                    deleted += delete.executeUpdate();
                }
                try (var vacuum = db.createStatement()) { // autocommit: VACUUM runs outside a transaction
                    vacuum.execute("vacuum (full, analyze) " + schema + ".attempt, " + schema + ".attempt_question, "
                            + schema + ".attempt_answer");
                }
            }
        }
        System.out.printf("LOAD population %s: %d attempts of earlier runs deleted from its contests and the attempt tables "
                + "rewritten in %.1f s (load.population.fresh=false keeps them)%n", population.name(), deleted, (System.nanoTime() - begin) / 1e9);
    }

    /** Its contests in PostgreSQL: still there, with an attempt left for every contestant. */
    private Optional<String> stored(Population population) throws SQLException {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            for (Map.Entry<String, String> contest : population.contests().entrySet()) {
                String schema = "tenant_" + contest.getKey();
                try (PreparedStatement attempts = db.prepareStatement("select (select count(*) from " + schema
                        + ".contest where id = ?), coalesce(max(n), 0), coalesce(sum(open), 0) from (select count(*) n, "
                        + "count(*) filter (where status = 'IN_PROGRESS') open from " + schema + ".attempt where contest_id = ? "
                        + "group by contestant_id) a")) {
                    attempts.setObject(1, UUID.fromString(contest.getValue()));
                    attempts.setObject(2, UUID.fromString(contest.getValue()));
                    try (ResultSet rs = attempts.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0) {
                            return Optional.of("its contest " + contest.getValue() + " is not in " + schema
                                    + " (another application or a new data folder)");
                        }
                        if (rs.getLong(2) >= population.attemptsPerRound()) {
                            return Optional.of("contestants in " + contest.getKey() + " have used " + rs.getLong(2) + " of their "
                                    + population.attemptsPerRound() + " attempts");
                        }
                        if (rs.getLong(3) > 0) {
                            System.out.println("LOAD population: " + rs.getLong(3) + " attempts in " + contest.getKey()
                                    + " still in progress (an interrupted run): their contestants resume them instead of starting new ones");
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every token the run presents, asked once for the contestant's attempts (a read); counts those refused. */
    private Optional<String> tokens(Population population) throws Exception {
        List<String> addresses = settings.localAddresses();
        Map<String, LoadSite> sites = new HashMap<>(); // one client per province and address, shared by its contestants
        List<Future<Integer>> probes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PROBING_THREADS)) {
            for (int i = 0; i < settings.everyone(); i++) {
                if (!Population.usesToken(settings, i)) {
                    continue;
                }
                Population.Member member = population.members().get(i);
                String address = addresses.isEmpty() ? null : addresses.get(i % addresses.size());
                LoadSite site = sites.computeIfAbsent(member.slug() + "@" + address,
                        k -> LoadSite.of(settings.baseUrl(), member.slug(), address)).bearer(member.token());
                probes.add(pool.submit(() -> site.get("/api/v1/contests/" + member.contestId() + "/attempts").status()));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> probe : probes) {
                statuses.merge(probe.get(), 1, Integer::sum);
            }
            long refused = probes.size() - statuses.getOrDefault(200, 0);
            if (refused > 0) {
                return Optional.of(refused + " of the " + probes.size() + " stored tokens this run presents are refused (statuses "
                        + statuses + "; 401: signed out, password reset, or another application's key)");
            }
        }
        return Optional.empty();
    }
}
