package vn.cuocthi.platformcore.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.personal.SealedExclusions;
import vn.cuocthi.platformcore.tenancy.PerTenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;

/**
 * Contests of the province, their audit trail and their copy of the unit list. {@link #find} keeps the parsed
 * contest per province on this node and checks only its {@code version} (bumped by every write, on whichever
 * node) on each read: the exam morning's requests each read the contest, and reading and parsing its JSON every
 * time cost more than the rest of an autosave's checks. The exclusion list's numbers are stored sealed
 * ({@link SealedExclusions}), opened here on read.
 */
@Repository
public class ContestStore {

    private static final int MAX_CACHED_PER_PROVINCE = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SealedExclusions exclusions;
    private final PerTenant<Map<UUID, Contest>> parsed = new PerTenant<>(ConcurrentHashMap::new);

    public ContestStore(JdbcClient jdbc, JsonMapper json, SealedExclusions exclusions) {
        this.jdbc = jdbc;
        this.json = json;
        this.exclusions = exclusions;
    }

    public Contest create(ContestDefinition definition) {
        UUID id = Uuids.v7();
        jdbc.sql("insert into contest (id, status, definition) values (?, 'DRAFT', cast(? as jsonb))")
                .params(id, exclusions.stored(id, definition)).update();
        return find(id).orElseThrow();
    }

    public Optional<Contest> find(UUID id) {
        if (TenantContext.current().isEmpty()) {
            return read(id);
        }
        Map<UUID, Contest> cache = parsed.current();
        Optional<Integer> version = jdbc.sql("select version from contest where id = ?").param(id).query(Integer.class).optional();
        Contest cached = cache.get(id);
        if (version.isPresent() && cached != null && cached.version() == version.get()) {
            return Optional.of(cached);
        }
        Optional<Contest> fresh = version.isEmpty() ? Optional.empty() : read(id);
        if (cache.size() >= MAX_CACHED_PER_PROVINCE) {
            cache.clear();
        }
        fresh.ifPresentOrElse(contest -> cache.put(id, contest), () -> cache.remove(id));
        return fresh;
    }

    private Optional<Contest> read(UUID id) {
        return jdbc.sql("select * from contest where id = ?").param(id).query(this::map).optional();
    }

    /** A contest contestants may see (anything but a draft). */
    public Optional<Contest> findPublished(UUID id) {
        return find(id).filter(contest -> contest.status() != ContestStatus.DRAFT);
    }

    /** For update inside a transaction: concurrent edits of one contest wait for each other. */
    public Optional<Contest> lock(UUID id) {
        return jdbc.sql("select * from contest where id = ? for update").param(id).query(this::map).optional();
    }

    public List<Contest> all() {
        return jdbc.sql("select * from contest order by created_at desc").query(this::map).list();
    }

    /** Contests contestants can see: everything but drafts, newest first. */
    public List<Contest> published() {
        return jdbc.sql("select * from contest where status <> 'DRAFT' order by published_at desc").query(this::map).list();
    }

    public void update(UUID id, ContestDefinition definition) {
        jdbc.sql("update contest set definition = cast(? as jsonb), version = version + 1, updated_at = now() where id = ?")
                .params(exclusions.stored(id, definition), id).update();
    }

    public void publish(UUID id) {
        jdbc.sql("update contest set status = 'PUBLISHED', published_at = now(), version = version + 1, updated_at = now() where id = ?")
                .param(id).update();
    }

    public void audit(UUID contestId, String action, String actor, Object before, Object after) {
        jdbc.sql("insert into contest_audit (contest_id, action, actor, before, after) values (?, ?, ?, cast(? as jsonb), cast(? as jsonb))")
                .params(contestId, action, actor, before == null ? null : exclusions.audited(before),
                        after == null ? null : exclusions.audited(after))
                .update();
    }

    public List<AuditEntry> auditTrail(UUID contestId) {
        return jdbc.sql("select action, actor, at, before::text, after::text from contest_audit where contest_id = ? order by id")
                .param(contestId)
                .query((rs, row) -> new AuditEntry(rs.getString("action"), rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(), rs.getString("before"), rs.getString("after")))
                .list();
    }

    public record AuditEntry(String action, String actor, java.time.Instant at, String beforeJson, String afterJson) {
    }

    /** Copies the province's current units into the contest (once, at publication). */
    public void snapshotUnits(UUID contestId) {
        jdbc.sql("delete from contest_unit where contest_id = ?").param(contestId).update();
        jdbc.sql("""
                insert into contest_unit (contest_id, code, name, parent_code, headcount, population, block)
                select ?, code, name, parent_code, headcount, population, block from unit""").param(contestId).update();
    }

    /** The contest's own unit list, as copied at publication. */
    public List<ContestUnit> units(UUID contestId) {
        return jdbc.sql("select code, name, parent_code, headcount, population, block from contest_unit where contest_id = ? order by code")
                .param(contestId)
                .query((rs, row) -> new ContestUnit(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                        rs.getInt("headcount"), (Integer) rs.getObject("population"), rs.getString("block")))
                .list();
    }

    public record ContestUnit(String code, String name, String parentCode, int headcount, Integer population, String block) {
    }

    /** Whether the contest's own unit list has this code. */
    public boolean hasUnit(UUID contestId, String code) {
        return jdbc.sql("select exists (select 1 from contest_unit where contest_id = ? and code = ?)")
                .params(contestId, code).query(Boolean.class).single();
    }

    public int unitCount(UUID contestId) {
        return jdbc.sql("select count(*) from contest_unit where contest_id = ?").param(contestId).query(Integer.class).single();
    }

    private Contest map(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        UUID id = rs.getObject("id", UUID.class);
        return new Contest(id, ContestStatus.valueOf(rs.getString("status")),
                json.treeToValue(exclusions.opened(id, rs.getString("definition")), ContestDefinition.class), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant());
    }
}
