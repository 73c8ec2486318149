package vn.cuocthi.quizruntime.account;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.personal.PersonalData;
import vn.cuocthi.platformcore.tenancy.TenantKeys;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Fixed-window counters in Redis, keyed by province, purpose and subject (an address, an account). When Redis is
 * unreachable the limits open rather than lock every contestant out on the exam morning; the log says so.
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> HIT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}""", List.class);

    private final StringRedisTemplate redis;
    private final PersonalData personal;

    public RateLimits(StringRedisTemplate redis, PersonalData personal) {
        this.redis = redis;
        this.personal = personal;
    }

    /** Counts one hit; refuses with 429 and Retry-After once the window holds more than {@code limit}. */
    public void hit(String purpose, String subject, int limit, Duration window, String refusalKey) {
        Window counted = count(purpose, subject, window);
        if (counted != null && counted.count() > limit) {
            throw ApiException.tooManyRequests(counted.retryAfterSeconds(), refusalKey);
        }
    }

    /** Refuses, without counting, while the window already holds {@code limit} hits (e.g. failed passwords). */
    public void check(String purpose, String subject, int limit, String refusalKey) {
        try {
            String key = key(purpose, subject);
            String value = redis.opsForValue().get(key);
            if (value != null && Long.parseLong(value) >= limit) {
                Long ttl = redis.getExpire(key);
                throw ApiException.tooManyRequests(ttl == null || ttl < 1 ? 1 : ttl, refusalKey);
            }
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Rate limit {} not checked: Redis unavailable ({})", purpose, e.toString());
        }
    }

    /** Counts one hit, refusing nothing; the count so far, or -1 when Redis did not answer. */
    public long record(String purpose, String subject, Duration window) {
        Window counted = count(purpose, subject, window);
        return counted == null ? -1 : counted.count();
    }

    /** The window's count so far without counting (0 when none, or when Redis did not answer). */
    public long current(String purpose, String subject) {
        try {
            String value = redis.opsForValue().get(key(purpose, subject));
            return value == null ? 0 : Long.parseLong(value);
        } catch (RuntimeException e) {
            log.warn("Rate limit {} not read: Redis unavailable ({})", purpose, e.toString());
            return 0;
        }
    }

    public void clear(String purpose, String subject) {
        try {
            redis.delete(key(purpose, subject));
        } catch (RuntimeException e) {
            log.warn("Rate limit {} not cleared: Redis unavailable ({})", purpose, e.toString());
        }
    }

    private Window count(String purpose, String subject, Duration window) {
        try {
            List<?> result = redis.execute(HIT, List.of(key(purpose, subject)), Long.toString(window.toMillis()));
            long count = ((Number) result.get(0)).longValue();
            long ttlMillis = ((Number) result.get(1)).longValue();
            return new Window(count, (ttlMillis + 999) / 1000);
        } catch (RuntimeException e) {
            log.warn("Rate limit {} not counted: Redis unavailable ({})", purpose, e.toString());
            return null;
        }
    }

    /** The subject (a phone, a CCCD, an address) by its keyed hash: Redis never holds a number in clear. */
    private String key(String purpose, String subject) {
        return TenantKeys.redis("rl", purpose, personal.pseudonym(subject));
    }

    private record Window(long count, long retryAfterSeconds) {
    }
}
