package vn.cuocthi.quizruntime.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.TenantKeys;

/**
 * Ended sessions, in Redis so every node sees them at once: a signed-out session id (kept until its token would
 * have expired anyway), and per contestant the moment before which all tokens are void (a password change). Read
 * on every request that presents a token, one round trip, no node-local cache. When Redis does not answer the
 * tokens' own signature and expiry decide (like the rate limits, the exam morning matters more) and the log says so.
 */
@Component
class ContestantRevocations {

    private static final Logger log = LoggerFactory.getLogger(ContestantRevocations.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration lifetime;

    ContestantRevocations(StringRedisTemplate redis, Clock clock,
                          @Value("${cuocthi.contestant.token-lifetime:12h}") Duration lifetime) {
        this.redis = redis;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    void revoke(ContestantSession session) {
        Duration left = Duration.between(clock.instant(), session.expiresAt());
        if (!left.isPositive()) {
            return;
        }
        try {
            redis.opsForValue().set(sessionKey(session.sessionId()), "1", left);
        } catch (RuntimeException e) {
            // the cookie is cleared anyway; a copied token stays valid until it expires
            log.warn("Contestant session not ended: Redis unavailable ({})", e.toString());
        }
    }

    /**
     * Every token of the contestant issued until now is refused from now on (kept for the tokens' lifetime). Fails
     * when Redis does not answer, so that a password change does not claim to have ended sessions it did not.
     */
    void revokeAll(UUID contestantId) {
        redis.opsForValue().set(contestantKey(contestantId), Long.toString(clock.millis()), lifetime);
    }

    boolean revoked(ContestantSession session) {
        try {
            List<String> values = redis.opsForValue().multiGet(
                    List.of(sessionKey(session.sessionId()), contestantKey(session.contestantId())));
            if (values == null) {
                return false;
            }
            String before = values.get(1);
            // strictly before: the token a password change issues right after ending the others (same millisecond) stays
            return values.get(0) != null || (before != null && session.issuedAt().toEpochMilli() < Long.parseLong(before));
        } catch (RuntimeException e) {
            log.warn("Contestant session not checked for sign-out: Redis unavailable ({})", e.toString());
            return false;
        }
    }

    private static String sessionKey(String sessionId) {
        return TenantKeys.redis("signed-out", sessionId);
    }

    private static String contestantKey(UUID contestantId) {
        return TenantKeys.redis("signed-out-before", contestantId);
    }
}
