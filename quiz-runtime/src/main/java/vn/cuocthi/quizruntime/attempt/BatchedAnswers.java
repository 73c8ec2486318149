package vn.cuocthi.quizruntime.attempt;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of autosaves of one province in the current transaction, one statement per "layer": the guard
 * is the one of {@link AttemptStore#saveAnswer} for every row (open, before its deadline, its current writer, a
 * question of its draw, options of that question, the attempt share-locked so a grade either waits for the commit
 * and counts the answers or has come first and they are refused). Two saves of the same question in one batch
 * cannot be in one upsert, so the later one goes in a later statement of the same transaction and wins, as it
 * would have one after the other.
 */
@Repository
class BatchedAnswers {

    private static final String UPSERT = """
            insert into attempt_answer (attempt_id, question_id, option_ids, saved_at)
            select a.id, aq.question_id, cast(s.options as uuid[]), s.now
            from unnest(?, ?, ?, ?, ?, ?) as s(attempt, contestant, writer, question, options, now)
            join attempt a on a.id = s.attempt
            join attempt_question aq on aq.attempt_id = a.id and aq.question_id = s.question
            where a.contestant_id = s.contestant and a.status = 'IN_PROGRESS'
              and a.deadline > s.now and a.writer = s.writer
              and aq.option_ids @> cast(s.options as uuid[])
              and (aq.multiple or cardinality(cast(s.options as uuid[])) <= 1)
            for key share of a
            on conflict (attempt_id, question_id)
                do update set option_ids = excluded.option_ids, saved_at = excluded.saved_at
            returning attempt_id, question_id, saved_at""";

    private final JdbcTemplate template;

    BatchedAnswers(JdbcTemplate template) {
        this.template = template;
    }

    /** Each save's stored time, or empty when its guard refused it; call inside the batch's transaction. */
    Map<PendingSave, Optional<Instant>> write(List<PendingSave> batch) {
        return template.execute((ConnectionCallback<Map<PendingSave, Optional<Instant>>>) connection -> {
            try (Statement durable = connection.createStatement()) {
                // the acknowledgement is the commit: on disk whatever the server's default says
                durable.execute("set local synchronous_commit = on");
            }
            Map<PendingSave, Optional<Instant>> results = new IdentityHashMap<>();
            for (List<PendingSave> layer : layers(batch)) {
                Map<PendingSave.Key, Instant> stored = upsert(connection, layer);
                for (PendingSave save : layer) {
                    results.put(save, Optional.ofNullable(stored.get(save.key())));
                }
            }
            return results;
        });
    }

    /** The batch in arrival order, cut so that no statement writes one question twice. */
    static List<List<PendingSave>> layers(List<PendingSave> batch) {
        List<List<PendingSave>> layers = new ArrayList<>();
        Map<PendingSave.Key, Integer> lastLayer = new HashMap<>();
        for (PendingSave save : batch) {
            int layer = lastLayer.merge(save.key(), 0, (previous, ignored) -> previous + 1);
            if (layer == layers.size()) {
                layers.add(new ArrayList<>());
            }
            layers.get(layer).add(save);
        }
        return layers;
    }

    private static Map<PendingSave.Key, Instant> upsert(Connection connection, List<PendingSave> layer) throws SQLException {
        int n = layer.size();
        UUID[] attempts = new UUID[n];
        UUID[] contestants = new UUID[n];
        String[] writers = new String[n];
        UUID[] questions = new UUID[n];
        String[] options = new String[n];
        Timestamp[] nows = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            PendingSave save = layer.get(i);
            attempts[i] = save.attemptId();
            contestants[i] = save.contestantId();
            writers[i] = save.writer();
            questions[i] = save.questionId();
            options[i] = AttemptStore.uuidArray(save.optionIds());
            nows[i] = Timestamp.from(save.now());
        }
        Map<PendingSave.Key, Instant> stored = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            Array[] arrays = {connection.createArrayOf("uuid", attempts), connection.createArrayOf("uuid", contestants),
                    connection.createArrayOf("text", writers), connection.createArrayOf("uuid", questions),
                    connection.createArrayOf("text", options), connection.createArrayOf("timestamptz", nows)};
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, arrays[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stored.put(new PendingSave.Key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                            rs.getTimestamp(3).toInstant());
                }
            }
        }
        return stored;
    }
}
