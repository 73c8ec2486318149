package vn.cuocthi.quizruntime.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.tenancy.PerTenant;
import vn.cuocthi.platformcore.tenancy.TenantKeys;

/**
 * The question bank as the exam reads it, cached per province: a question's text and options never change once
 * imported (a correction is a new question and the old one retired), so contents are cached for good; a group's
 * pool (which questions may be drawn) is cached briefly, so an import or a retirement reaches new exams within
 * seconds.
 */
@Component
class ExamQuestions {

    private static final Duration POOL_TTL = Duration.ofSeconds(30);
    private static final int MAX_CACHED_PER_PROVINCE = 50_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PerTenant<Map<UUID, ExamQuestion>> contents = new PerTenant<>(ConcurrentHashMap::new);
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    ExamQuestions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Active questions a group may draw: those in no pool and those in the group's pool. */
    List<PoolEntry> pool(String groupCode) {
        String key = TenantKeys.local(groupCode);
        Instant now = clock.instant();
        Pool cached = pools.get(key);
        if (cached == null || cached.loadedAt().plus(POOL_TTL).isBefore(now)) {
            List<PoolEntry> entries = jdbc.sql("""
                    select id, topic, difficulty from question
                    where retired_at is null and (cardinality(pools) = 0 or ? = any(pools))
                    order by id""")
                    .param(groupCode)
                    .query((rs, row) -> new PoolEntry(rs.getObject("id", UUID.class), rs.getString("topic"),
                            rs.getString("difficulty") == null ? null : Difficulty.valueOf(rs.getString("difficulty"))))
                    .list();
            cached = new Pool(List.copyOf(entries), now);
            pools.put(key, cached);
        }
        return cached.entries();
    }

    /** The contents of these questions, in the order asked, from the cache or one query for the missing ones. */
    Map<UUID, ExamQuestion> contents(Collection<UUID> ids) {
        Map<UUID, ExamQuestion> cache = contents.current();
        List<UUID> missing = ids.stream().filter(id -> !cache.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<UUID, ExamQuestion> loaded = load(missing);
            if (cache.size() + loaded.size() > MAX_CACHED_PER_PROVINCE) {
                cache.clear();
            }
            cache.putAll(loaded);
        }
        Map<UUID, ExamQuestion> found = new LinkedHashMap<>();
        for (UUID id : ids) {
            ExamQuestion question = cache.get(id);
            if (question != null) {
                found.put(id, question);
            }
        }
        return found;
    }

    private Map<UUID, ExamQuestion> load(List<UUID> ids) {
        Map<UUID, ExamQuestion> questions = new HashMap<>();
        Map<UUID, List<ExamQuestion.Option>> options = new HashMap<>();
        Map<UUID, Object[]> heads = new LinkedHashMap<>();
        jdbc.sql("""
                select q.id, q.text, q.multiple, q.explanation, q.legal_source,
                       o.id as option_id, o.text as option_text, o.correct
                from question q join question_option o on o.question_id = q.id
                where q.id = any(cast(? as uuid[])) order by q.id, o.position""")
                .param(AttemptStore.uuidArray(ids))
                .query((java.sql.ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    heads.computeIfAbsent(id, ignored -> {
                        try {
                            return new Object[] {rs.getString("text"), rs.getBoolean("multiple"), rs.getString("explanation"),
                                    rs.getString("legal_source")};
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    options.computeIfAbsent(id, ignored -> new ArrayList<>()).add(new ExamQuestion.Option(
                            rs.getObject("option_id", UUID.class), rs.getString("option_text"), rs.getBoolean("correct")));
                });
        heads.forEach((id, head) -> questions.put(id, new ExamQuestion(id, (String) head[0], (Boolean) head[1],
                (String) head[2], (String) head[3], List.copyOf(options.get(id)))));
        return questions;
    }

    record PoolEntry(UUID id, String topic, Difficulty difficulty) {
    }

    private record Pool(List<PoolEntry> entries, Instant loadedAt) {
    }

    /** A question with its correct options: stays on the server; views copy only what may be shown. */
    record ExamQuestion(UUID id, String text, boolean multiple, String explanation, String legalSource, List<Option> options) {

        record Option(UUID id, String text, boolean correct) {
        }

        Option option(UUID optionId) {
            return options.stream().filter(option -> option.id().equals(optionId)).findFirst().orElseThrow();
        }
    }
}
