package vn.cuocthi.tenantadmin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's audit log (every contest's {@code contest_audit} rows: edits, publication, results, verification,
 * disqualification), newest first, filtered. Append-only in the database (tenant-0.4-collective.sql): this class
 * only reads.
 */
@Repository
public class AuditLog {

    private static final int FETCH_SIZE = 500;

    private static final String FROM_WHERE = """
            from contest_audit a join contest c on c.id = a.contest_id
            where (cast(:contest as uuid) is null or a.contest_id = :contest)
              and (cast(:actor as text) is null or a.actor = :actor)
              and (cast(:action as text) is null or a.action = :action)
              and (cast(:from as timestamptz) is null or a.at >= :from)
              and (cast(:to as timestamptz) is null or a.at < :to)""";

    private final NamedParameterJdbcTemplate jdbc;

    AuditLog(DataSource dataSource) {
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
    }

    @Transactional(readOnly = true)
    public Page page(AuditFilter filter) {
        Map<String, Object> params = params(filter);
        Long total = jdbc.queryForObject("select count(*) " + FROM_WHERE, params, Long.class);
        params.put("limit", filter.size());
        params.put("offset", (long) (filter.page() - 1) * filter.size());
        List<Entry> entries = jdbc.query(select() + " limit :limit offset :offset", params, (rs, row) -> entry(rs));
        return new Page(filter.page(), filter.size(), total == null ? 0 : total, entries);
    }

    /** Every entry the filter selects, newest first, through a cursor (inside a read-only transaction). */
    @Transactional(readOnly = true)
    public void stream(AuditFilter filter, Consumer<Entry> each) {
        jdbc.query(select(), params(filter), (ResultSet rs) -> each.accept(entry(rs)));
    }

    private static String select() {
        return "select a.id, a.at, a.actor, a.action, a.contest_id, c.definition ->> 'name' as contest_name,"
                + " a.before::text as before, a.after::text as after " + FROM_WHERE + " order by a.at desc, a.id desc";
    }

    private static Map<String, Object> params(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("contest", filter.contest());
        params.put("actor", filter.actor());
        params.put("action", filter.action());
        params.put("from", filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC));
        params.put("to", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC));
        return params;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getObject("contest_id", UUID.class), rs.getString("contest_name"), rs.getString("before"),
                rs.getString("after"));
    }

    /** One action: who, when, what, on which contest, and the state before and after (JSON, when there is one). */
    public record Entry(long id, Instant at, String actor, String action, UUID contestId, String contestName,
                        String before, String after) {
    }

    public record Page(int page, int size, long total, List<Entry> entries) {
    }
}
