package vn.cuocthi.quizruntime.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantKeys;

/**
 * Ended sessions: a signed-out session id (kept until its token would have expired anyway), and per contestant the
 * moment before which all tokens are void (a password change, an erasure). Written to the province's
 * {@code revocation} table (durable) and to Redis, which every node reads on every request that presents a token:
 * one round trip, no node-local cache. Redis also holds a marker that it was loaded from the table; when the marker is
 * gone (Redis restarted without its data, or flushed), the first request that notices loads the table into Redis
 * again before it answers, so a revoked token never comes back to life. When Redis does not answer, the tokens' own
 * signature and expiry decide (like the rate limits, the exam morning matters more) and the log says so.
 */
@Component
class ContestantRevocations {

    private static final Logger log = LoggerFactory.getLogger(ContestantRevocations.class);

    private final StringRedisTemplate redis;
    private final JdbcClient jdbc;
    /** Its own transaction: an erasure's listener runs after the erasure committed, where a write would be lost. */
    private final TransactionTemplate own;
    private final Clock clock;
    private final Duration lifetime;
    /** One reload at a time per province on this node; the others wait for it instead of repeating it. */
    private final Map<String, Object> reloading = new ConcurrentHashMap<>();

    ContestantRevocations(StringRedisTemplate redis, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                          @Value("${cuocthi.contestant.token-lifetime:12h}") Duration lifetime) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    void revoke(ContestantSession session) {
        Duration left = Duration.between(clock.instant(), session.expiresAt());
        if (!left.isPositive()) {
            return;
        }
        try {
            own.executeWithoutResult(status -> jdbc.sql(
                    "insert into revocation (subject, expires_at) values (?, ?) on conflict (subject) do nothing")
                    .param(sessionSubject(session.sessionId())).param(Timestamp.from(session.expiresAt())).update());
        } catch (RuntimeException e) {
            log.warn("Contestant sign-out not kept in PostgreSQL ({}); Redis still ends it", e.toString());
        }
        try {
            redis.opsForValue().set(sessionKey(session.sessionId()), "1", left);
        } catch (RuntimeException e) {
            // the cookie is cleared anyway; a copied token stays valid until it expires (or Redis is loaded again)
            log.warn("Contestant session not ended: Redis unavailable ({})", e.toString());
        }
    }

    /**
     * Every token of the contestant issued until now is refused from now on (kept for the tokens' lifetime). Fails
     * when PostgreSQL or Redis does not answer, so that a password change does not claim to have ended sessions it
     * did not.
     */
    void revokeAll(UUID contestantId) {
        long now = clock.millis();
        own.executeWithoutResult(status -> jdbc.sql("""
                insert into revocation (subject, not_before_ms, expires_at) values (?, ?, ?)
                on conflict (subject) do update set not_before_ms = greatest(revocation.not_before_ms, excluded.not_before_ms),
                    expires_at = greatest(revocation.expires_at, excluded.expires_at)""")
                .param(contestantSubject(contestantId)).param(now).param(Timestamp.from(Instant.ofEpochMilli(now).plus(lifetime)))
                .update());
        redis.opsForValue().set(contestantKey(contestantId), Long.toString(now), lifetime);
    }

    boolean revoked(ContestantSession session) {
        try {
            List<String> values = read(session);
            if (values == null) {
                return false;
            }
            if (values.get(2) == null) {
                reload();
                values = read(session);
            }
            String before = values.get(1);
            // strictly before: the token a password change issues right after ending the others (same millisecond) stays
            return values.get(0) != null || (before != null && session.issuedAt().toEpochMilli() < Long.parseLong(before));
        } catch (RuntimeException e) {
            log.warn("Contestant session not checked for sign-out: Redis unavailable ({})", e.toString());
            return false;
        }
    }

    private List<String> read(ContestantSession session) {
        return redis.opsForValue().multiGet(List.of(sessionKey(session.sessionId()), contestantKey(session.contestantId()),
                loadedKey()));
    }

    /** Redis lost the province's revocations: it gets every one still in force from the table, then the marker. */
    private void reload() {
        synchronized (reloading.computeIfAbsent(TenantContext.require().schema(), schema -> new Object())) {
            if (redis.hasKey(loadedKey())) {
                return; // another request of this node (or another node) loaded it meanwhile
            }
            Instant now = clock.instant();
            jdbc.sql("delete from revocation where expires_at <= ?").param(Timestamp.from(now)).update();
            List<Revocation> rows = jdbc.sql("select subject, not_before_ms, expires_at from revocation")
                    .query((rs, n) -> new Revocation(rs.getString(1), (Long) rs.getObject(2), rs.getTimestamp(3).toInstant()))
                    .list();
            redis.executePipelined(new SessionCallback<Object>() {
                @Override
                @SuppressWarnings("unchecked")
                public Object execute(org.springframework.data.redis.core.RedisOperations operations) {
                    for (Revocation row : rows) {
                        Duration left = Duration.between(now, row.expiresAt());
                        String key = TenantKeys.redis(row.subject().startsWith("session:") ? "signed-out" : "signed-out-before",
                                row.subject().substring(row.subject().indexOf(':') + 1));
                        operations.opsForValue().set(key, row.notBeforeMs() == null ? "1" : Long.toString(row.notBeforeMs()), left);
                    }
                    return null;
                }
            });
            redis.opsForValue().set(loadedKey(), Long.toString(now.toEpochMilli()));
            log.info("Contestant revocations of {} loaded into Redis again: {} in force", TenantContext.require().slug(), rows.size());
        }
    }

    private record Revocation(String subject, Long notBeforeMs, Instant expiresAt) {
    }

    private static String sessionSubject(String sessionId) {
        return "session:" + sessionId;
    }

    private static String contestantSubject(UUID contestantId) {
        return "contestant:" + contestantId;
    }

    private static String sessionKey(String sessionId) {
        return TenantKeys.redis("signed-out", sessionId);
    }

    private static String contestantKey(UUID contestantId) {
        return TenantKeys.redis("signed-out-before", contestantId);
    }

    private static String loadedKey() {
        return TenantKeys.redis("signed-out-loaded");
    }
}
