package vn.cuocthi.tenantadmin.results;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.ranking.StandingChanges;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Staff verify a winner's information, disqualify a contestant with a reason, or reinstate one. Each change is
 * one transaction that locks the contestant's row, writes the contest's audit trail (who, when, before, after)
 * and, once committed, tells every node so live boards drop (or restore) the contestant at once. Rankings and
 * prizes reflow by themselves: they are computed from the flag.
 */
@Service
public class Verification {

    static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final ContestStore contests;
    private final StandingChanges changes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Verification(JdbcClient jdbc, ContestStore contests, StandingChanges changes, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ContestantStatus disqualify(UUID contestId, UUID contestantId, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw ApiException.invalid(List.of(FieldError.field("reason", "results.reason.invalid", MAX_REASON)));
        }
        return change(contestId, contestantId, actor, "CONTESTANT_DISQUALIFIED", before -> {
            if (before.status() == ContestantStatus.Status.DISQUALIFIED) {
                throw ApiException.conflict("results.contestant.alreadyDisqualified");
            }
            jdbc.sql("""
                    update contestant set disqualified_at = ?, disqualified_reason = ?, disqualified_by = ?, status_changed_at = ?
                    where id = ?""").params(now(), why, actor, now(), contestantId).update();
        });
    }

    public ContestantStatus reinstate(UUID contestId, UUID contestantId, String actor) {
        return change(contestId, contestantId, actor, "CONTESTANT_REINSTATED", before -> {
            if (before.status() != ContestantStatus.Status.DISQUALIFIED) {
                throw ApiException.conflict("results.contestant.notDisqualified");
            }
            jdbc.sql("""
                    update contestant set disqualified_at = null, disqualified_reason = null, disqualified_by = null,
                    status_changed_at = ? where id = ?""").params(now(), contestantId).update();
        });
    }

    public ContestantStatus verify(UUID contestId, UUID contestantId, String actor) {
        return change(contestId, contestantId, actor, "CONTESTANT_VERIFIED", before -> {
            if (before.status() == ContestantStatus.Status.DISQUALIFIED) {
                throw ApiException.conflict("results.contestant.disqualified");
            }
            jdbc.sql("update contestant set verified_at = ?, verified_by = ?, status_changed_at = ? where id = ?")
                    .params(now(), actor, now(), contestantId).update();
        });
    }

    /** The contest's disqualified contestants, most recent first: the verification page offers to reinstate them. */
    public List<ContestantStatus> disqualified(UUID contestId) {
        return jdbc.sql("""
                select id, full_name, disqualified_at, disqualified_reason, disqualified_by, verified_at, verified_by
                from contestant where contest_id = ? and disqualified_at is not null order by disqualified_at desc, id""")
                .param(contestId)
                .query((rs, row) -> ContestantStatus.of(rs.getObject("id", UUID.class), rs.getString("full_name"),
                        instant(rs.getTimestamp("disqualified_at")), rs.getString("disqualified_reason"),
                        rs.getString("disqualified_by"), instant(rs.getTimestamp("verified_at")), rs.getString("verified_by")))
                .list();
    }

    private ContestantStatus change(UUID contestId, UUID contestantId, String actor, String action, Change change) {
        ContestantStatus after = transactions.execute(tx -> {
            ContestantStatus before = lock(contestId, contestantId);
            change.apply(before);
            ContestantStatus now = find(contestId, contestantId, false);
            contests.audit(contestId, action, actor, before, now);
            return now;
        });
        changes.announce(contestId, contestantId);
        return after;
    }

    private ContestantStatus lock(UUID contestId, UUID contestantId) {
        if (contests.find(contestId).isEmpty()) {
            throw ApiException.notFound("contest.notFound", contestId);
        }
        return find(contestId, contestantId, true);
    }

    private ContestantStatus find(UUID contestId, UUID contestantId, boolean forUpdate) {
        return jdbc.sql("""
                select id, full_name, disqualified_at, disqualified_reason, disqualified_by, verified_at, verified_by
                from contestant where contest_id = ? and id = ?""" + (forUpdate ? " for update" : ""))
                .params(contestId, contestantId)
                .query((rs, row) -> ContestantStatus.of(rs.getObject("id", UUID.class), rs.getString("full_name"),
                        instant(rs.getTimestamp("disqualified_at")), rs.getString("disqualified_reason"),
                        rs.getString("disqualified_by"), instant(rs.getTimestamp("verified_at")), rs.getString("verified_by")))
                .optional()
                .orElseThrow(() -> ApiException.notFound("results.contestant.notFound", contestantId));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @FunctionalInterface
    private interface Change {
        void apply(ContestantStatus before);
    }

    /** A contestant's standing as staff set it: what the audit keeps before and after each change. */
    public record ContestantStatus(UUID contestantId, String name, Status status, OffsetDateTime disqualifiedAt,
                                   String disqualifiedReason, String disqualifiedBy, OffsetDateTime verifiedAt,
                                   String verifiedBy) {

        static ContestantStatus of(UUID id, String name, Instant disqualifiedAt, String reason, String disqualifiedBy,
                                   Instant verifiedAt, String verifiedBy) {
            Status status = disqualifiedAt != null ? Status.DISQUALIFIED : verifiedAt != null ? Status.VERIFIED : Status.UNVERIFIED;
            return new ContestantStatus(id, name, status, VietnamTime.of(disqualifiedAt), reason, disqualifiedBy,
                    VietnamTime.of(verifiedAt), verifiedBy);
        }

        public enum Status {
            UNVERIFIED,
            VERIFIED,
            DISQUALIFIED
        }
    }
}
