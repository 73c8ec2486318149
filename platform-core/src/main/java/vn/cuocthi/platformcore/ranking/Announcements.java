package vn.cuocthi.platformcore.ranking;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published results of a contest's rounds ({@code result_publication}): written by staff publication
 * (tenant-admin, which audits it), read by the public announcement page (quiz-runtime).
 */
@Repository
public class Announcements {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Announcements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the round's announcement, replacing one published before (the caller audits both). */
    public void save(UUID contestId, ResultsAnnouncement announcement) {
        jdbc.sql("""
                insert into result_publication (contest_id, round_index, published_at, published_by, announcement)
                values (?, ?, ?, ?, cast(? as jsonb))
                on conflict (contest_id, round_index) do update set published_at = excluded.published_at,
                    published_by = excluded.published_by, announcement = excluded.announcement""")
                .params(contestId, announcement.round() - 1, Timestamp.from(announcement.publishedAt()),
                        announcement.publishedBy(), json.writeValueAsString(announcement))
                .update();
    }

    /** @param round 1-based */
    public Optional<ResultsAnnouncement> find(UUID contestId, int round) {
        return jdbc.sql("select announcement::text from result_publication where contest_id = ? and round_index = ?")
                .params(contestId, round - 1).query(String.class).optional().map(this::read);
    }

    /** Every published round of the contest, in round order. */
    public List<ResultsAnnouncement> all(UUID contestId) {
        return jdbc.sql("select announcement::text from result_publication where contest_id = ? order by round_index")
                .param(contestId).query(String.class).list().stream().map(this::read).toList();
    }

    public boolean any(UUID contestId) {
        return jdbc.sql("select exists (select 1 from result_publication where contest_id = ?)")
                .param(contestId).query(Boolean.class).single();
    }

    private ResultsAnnouncement read(String text) {
        return json.readValue(text, ResultsAnnouncement.class);
    }
}
