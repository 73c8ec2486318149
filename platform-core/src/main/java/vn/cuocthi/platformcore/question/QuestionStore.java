package vn.cuocthi.platformcore.question;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.Uuids;

/** The province's question bank in its schema: batched inserts, search, counts for quota checks, retirement. */
@Repository
public class QuestionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public QuestionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Adds all questions in one transaction (a unique index refuses active duplicates). Returns their ids. */
    @Transactional
    public List<UUID> addAll(List<NewQuestion> questions, String actor) {
        List<UUID> ids = new ArrayList<>(questions.size());
        List<Object[]> rows = new ArrayList<>(questions.size());
        List<Object[]> optionRows = new ArrayList<>();
        for (NewQuestion question : questions) {
            UUID id = Uuids.v7();
            ids.add(id);
            rows.add(new Object[] {id, QuestionTexts.clean(question.text()), QuestionTexts.normalize(question.text()),
                    question.multiple(), question.topic(), question.difficulty() == null ? null : question.difficulty().name(),
                    question.explanation(), question.legalSource(),
                    String.join(",", question.pools() == null ? List.of() : question.pools()), actor});
            for (int position = 0; position < question.options().size(); position++) {
                NewQuestion.NewOption option = question.options().get(position);
                optionRows.add(new Object[] {id, position, Uuids.v7(), QuestionTexts.clean(option.text()), option.correct()});
            }
        }
        template.batchUpdate("""
                insert into question (id, text, normalized_text, multiple, topic, difficulty, explanation, legal_source,
                                      pools, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(string_to_array(nullif(?, ''), ','), '{}'), ?)""", rows);
        template.batchUpdate("insert into question_option (question_id, position, id, text, correct) values (?, ?, ?, ?, ?)",
                optionRows);
        return ids;
    }

    public Optional<Question> find(UUID id) {
        List<Question> found = load("where q.id = ?", List.of(id), 1, 0);
        return found.stream().findFirst();
    }

    /**
     * Active questions, newest first, filtered by topic and by a piece of the text or the topic, ignoring diacritics
     * and case ({@code extensions.fold}, platform-0.6-unaccent.sql: "thu tuc" finds "Thủ tục").
     */
    public List<Question> search(String topic, String text, int limit, int offset) {
        Filter filter = Filter.of(topic, text);
        return load(filter.where(), filter.params(), limit, offset);
    }

    /** How many active questions {@link #search} finds in all. */
    public int count(String topic, String text) {
        Filter filter = Filter.of(topic, text);
        return jdbc.sql("select count(*) from question q " + filter.where()).params(filter.params())
                .query(Integer.class).single();
    }

    /** How many exams drew each of these questions (absent: none). */
    public Map<UUID, Integer> drawCounts(Collection<UUID> ids) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("select question_id, count(*) as drawn from attempt_question where question_id = any(cast(? as uuid[]))"
                        + " group by question_id")
                .param(ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query((ResultSet rs) -> {
                    counts.put(rs.getObject("question_id", UUID.class), rs.getInt("drawn"));
                });
        return counts;
    }

    private record Filter(String where, List<Object> params) {

        static Filter of(String topic, String text) {
            StringBuilder where = new StringBuilder("where q.retired_at is null");
            List<Object> params = new ArrayList<>();
            if (topic != null && !topic.isBlank()) {
                where.append(" and q.topic = ?");
                params.add(topic.strip());
            }
            if (text != null && !text.isBlank()) {
                // schema-qualified: a province's connection has only its own schema on the search_path. Both sides
                // are folded in SQL, so they go through the one unaccent dictionary.
                where.append(" and (extensions.fold(q.normalized_text) like extensions.fold(?) escape '\\'"
                        + " or extensions.fold(coalesce(q.topic, '')) like extensions.fold(?) escape '\\')");
                String pattern = "%" + QuestionTexts.normalize(text).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                params.add(pattern);
                params.add(pattern);
            }
            return new Filter(where.toString(), params);
        }
    }

    public int countActive() {
        return jdbc.sql("select count(*) from question where retired_at is null").query(Integer.class).single();
    }

    /** Normalized texts of the active bank, to report duplicates of an import before writing anything. */
    public Set<String> activeNormalizedTexts() {
        return new HashSet<>(jdbc.sql("select normalized_text from question where retired_at is null").query(String.class).list());
    }

    /**
     * How many active questions each (topic, difficulty) has that a group may draw: those in no pool or in the
     * group's pool. Topic or difficulty null where the question has none.
     */
    public List<Availability> availability(String groupCode) {
        return jdbc.sql("""
                select topic, difficulty, count(*) as available from question
                where retired_at is null and (cardinality(pools) = 0 or ? = any(pools))
                group by topic, difficulty""")
                .param(groupCode)
                .query((rs, row) -> new Availability(rs.getString("topic"),
                        rs.getString("difficulty") == null ? null : Difficulty.valueOf(rs.getString("difficulty")),
                        rs.getInt("available")))
                .list();
    }

    public record Availability(String topic, Difficulty difficulty, int available) {
    }

    /** The topics of the active bank, whatever their pools. */
    public Set<String> activeTopics() {
        return new HashSet<>(jdbc.sql("select distinct topic from question where retired_at is null and topic is not null")
                .query(String.class).list());
    }

    /** Takes a question out of future draws; past attempts keep referring to it. */
    public boolean retire(UUID id) {
        return jdbc.sql("update question set retired_at = now() where id = ? and retired_at is null").param(id).update() == 1;
    }

    private List<Question> load(String where, List<Object> params, int limit, int offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        Map<UUID, Question> questions = new LinkedHashMap<>();
        Map<UUID, List<Question.Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                select q.*, o.id as option_id, o.text as option_text, o.correct as option_correct
                from (select * from question q %s order by q.created_at desc, q.id limit ? offset ?) q
                join question_option o on o.question_id = q.id
                order by q.created_at desc, q.id, o.position""".formatted(where))
                .params(all)
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    questions.computeIfAbsent(id, ignored -> mapQuestion(rs));
                    options.computeIfAbsent(id, ignored -> new ArrayList<>()).add(new Question.Option(
                            rs.getObject("option_id", UUID.class), rs.getString("option_text"), rs.getBoolean("option_correct")));
                });
        return questions.values().stream()
                .map(q -> new Question(q.id(), q.text(), q.multiple(), q.topic(), q.difficulty(), q.explanation(),
                        q.legalSource(), q.pools(), List.copyOf(options.get(q.id())), q.createdAt(), q.retiredAt()))
                .toList();
    }

    private static Question mapQuestion(ResultSet rs) {
        try {
            Array pools = rs.getArray("pools");
            Timestamp retired = rs.getTimestamp("retired_at");
            String difficulty = rs.getString("difficulty");
            return new Question(rs.getObject("id", UUID.class), rs.getString("text"), rs.getBoolean("multiple"),
                    rs.getString("topic"), difficulty == null ? null : Difficulty.valueOf(difficulty),
                    rs.getString("explanation"), rs.getString("legal_source"),
                    pools == null ? List.of() : Arrays.asList((String[]) pools.getArray()), List.of(),
                    rs.getTimestamp("created_at").toInstant(), retired == null ? null : retired.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
