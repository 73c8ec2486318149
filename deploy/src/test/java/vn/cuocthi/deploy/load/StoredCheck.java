package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * After the run: is every acknowledged autosave and submission in PostgreSQL exactly as acknowledged? An answer
 * counts as stored exactly when its row holds the acknowledged option and {@code saved_at}; lost when the row is
 * missing or older; a newer row means a later save whose answer never reached the generator (not a loss). A
 * submission counts as stored exactly when its attempt holds the answered status, score and time (and, when
 * SUBMITTED, the prediction sent); EXPIRED is the server's answer to a submission that came after the attempt's time.
 * Duplicates: a contestant with more than one attempt started during this run in the run's contest (attempts of
 * earlier runs sharing a {@link Population} are not this run's), or a question saved twice.
 */
final class StoredCheck {

    record Result(long answers, long answersExact, long answersLost, long answersDiffering, long answersSuperseded,
                  long storedUnacknowledged, long submissions, long submissionsExact, long submissionsExpired, long submissionsLost,
                  long duplicates, long startsNew, long startsResumed, String synchronousCommit, String fsync) {

        boolean perfect() {
            return answersLost == 0 && answersDiffering == 0 && submissionsLost == 0 && duplicates == 0
                    && answersExact + answersSuperseded == answers && submissionsExact == submissions;
        }

        @Override
        public String toString() {
            return String.format("%d acknowledged answers: %d stored exactly, %d lost, %d differing, %d superseded by a later save; "
                            + "%d rows saved but not acknowledged; %d acknowledged submissions: %d stored exactly (%d of them answered EXPIRED), %d lost; "
                            + "%d duplicated; %d starts of a new attempt, %d resumed one in progress; "
                            + "PostgreSQL synchronous_commit=%s fsync=%s", answers, answersExact, answersLost,
                    answersDiffering, answersSuperseded, storedUnacknowledged, submissions, submissionsExact, submissionsExpired, submissionsLost,
                    duplicates, startsNew, startsResumed, synchronousCommit, fsync);
        }
    }

    private record Ack(String option, Instant savedAt) {
    }

    /** The attempts in the contests now: taken before the run, so that the check tells this run's apart. */
    static Set<UUID> attempts(String jdbcUrl, String user, String password, Map<String, String> contests) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            for (Map.Entry<String, String> contest : contests.entrySet()) {
                try (PreparedStatement rows = db.prepareStatement("select id from tenant_" + contest.getKey()
                        + ".attempt where contest_id = ?")) {
                    rows.setObject(1, UUID.fromString(contest.getValue()));
                    try (ResultSet rs = rows.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
            }
        }
        return ids;
    }

    static Result check(String jdbcUrl, String user, String password, Path runDir, Map<String, String> contests,
                        Set<UUID> earlier) throws SQLException, IOException {
        Map<String, Map<UUID, Map<UUID, Ack>>> answers = new HashMap<>();
        long answerCount = 0;
        for (String line : Files.readAllLines(runDir.resolve(Acknowledgements.ANSWERS))) {
            String[] f = line.split(",");
            answerCount++;
            answers.computeIfAbsent(f[0], s -> new HashMap<>()).computeIfAbsent(UUID.fromString(f[1]), a -> new HashMap<>())
                    .merge(UUID.fromString(f[2]), new Ack(f[3], Instant.parse(f[4])),
                            (a, b) -> a.savedAt().isAfter(b.savedAt()) ? a : b);
        }
        Map<String, List<String[]>> submissions = new HashMap<>();
        long submissionCount = 0;
        for (String line : Files.readAllLines(runDir.resolve(Acknowledgements.SUBMISSIONS))) {
            String[] f = line.split(",");
            submissionCount++;
            submissions.computeIfAbsent(f[0], s -> new ArrayList<>()).add(f);
        }
        long starts = 0;
        long resumed = 0;
        for (String line : Files.readAllLines(runDir.resolve(Acknowledgements.STARTS))) {
            starts++;
            resumed += line.endsWith(",200") ? 1 : 0;
        }
        long exact = 0;
        long lost = 0;
        long differing = 0;
        long superseded = 0;
        long unacknowledged = 0;
        long submittedExact = 0;
        long expired = 0;
        long duplicates = answerCount - answers.values().stream().flatMap(m -> m.values().stream()).mapToLong(Map::size).sum();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            for (Map.Entry<String, String> contest : contests.entrySet()) {
                String schema = "tenant_" + contest.getKey();
                Map<UUID, Map<UUID, Ack>> acked = answers.getOrDefault(contest.getKey(), Map.of());
                Set<String> seen = new HashSet<>();
                try (PreparedStatement rows = db.prepareStatement("select attempt_id, question_id, option_ids, saved_at from "
                        + schema + ".attempt_answer where attempt_id = any(?)")) {
                    rows.setArray(1, uuids(db, acked.keySet()));
                    try (ResultSet rs = rows.executeQuery()) {
                        while (rs.next()) {
                            UUID attempt = rs.getObject(1, UUID.class);
                            UUID question = rs.getObject(2, UUID.class);
                            Object[] options = (Object[]) rs.getArray(3).getArray();
                            Instant savedAt = rs.getTimestamp(4).toInstant();
                            if (!seen.add(attempt + "/" + question)) {
                                duplicates++;
                            }
                            Ack ack = acked.get(attempt).get(question);
                            if (ack == null) {
                                unacknowledged++;
                            } else if (savedAt.isAfter(ack.savedAt())) {
                                superseded++;
                            } else if (savedAt.isBefore(ack.savedAt())) {
                                lost++;
                            } else if (options.length == 1 && options[0].toString().equals(ack.option())) {
                                exact++;
                            } else {
                                differing++;
                            }
                        }
                    }
                }
                long ackedPairs = acked.values().stream().mapToLong(Map::size).sum();
                lost += ackedPairs - acked.entrySet().stream()
                        .mapToLong(a -> a.getValue().keySet().stream().filter(q -> seen.contains(a.getKey() + "/" + q)).count()).sum();
                duplicates += startedTwice(db, schema, UUID.fromString(contest.getValue()), earlier);
                try (PreparedStatement graded = db.prepareStatement("select status, score, submitted_at, prediction from " + schema
                        + ".attempt where id = ?")) {
                    for (String[] s : submissions.getOrDefault(contest.getKey(), List.of())) {
                        graded.setObject(1, UUID.fromString(s[1]));
                        try (ResultSet rs = graded.executeQuery()) {
                            // as answered: SUBMITTED with the prediction sent, or (an attempt whose time had run out
                            // before the submission came) EXPIRED with the grade the finalizer gave, prediction unused
                            String status = s[5]; // written by this run's Acknowledgements, always with the status
                            if (rs.next() && status.equals(rs.getString(1)) && rs.getInt(2) == Integer.parseInt(s[2])
                                    && rs.getTimestamp(3).toInstant().equals(Instant.parse(s[3]))
                                    && ("EXPIRED".equals(status) || rs.getLong(4) == Long.parseLong(s[4]))) {
                                submittedExact++;
                                expired += "EXPIRED".equals(status) ? 1 : 0;
                            }
                        }
                    }
                }
            }
            return new Result(answerCount, exact, lost, differing, superseded, unacknowledged, submissionCount, submittedExact,
                    expired, submissionCount - submittedExact, duplicates, starts - resumed, resumed, setting(db, "synchronous_commit"), setting(db, "fsync"));
        }
    }

    /** Contestants with more than one attempt in the contest that was not there before the run. */
    private static long startedTwice(Connection db, String schema, UUID contestId, Set<UUID> earlier) throws SQLException {
        Map<UUID, Integer> started = new HashMap<>();
        try (PreparedStatement rows = db.prepareStatement("select id, contestant_id from " + schema + ".attempt where contest_id = ?")) {
            rows.setObject(1, contestId);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    if (!earlier.contains(rs.getObject(1, UUID.class))) {
                        started.merge(rs.getObject(2, UUID.class), 1, Integer::sum);
                    }
                }
            }
        }
        return started.values().stream().filter(n -> n > 1).count();
    }

    private static Array uuids(Connection db, Collection<UUID> ids) throws SQLException {
        return db.createArrayOf("uuid", ids.toArray());
    }

    private static String setting(Connection db, String name) throws SQLException {
        try (PreparedStatement show = db.prepareStatement("select current_setting(?)")) {
            show.setString(1, name);
            try (ResultSet rs = show.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
