package vn.cuocthi.quizruntime.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.TenantKeys;

/**
 * A bot check that needs no third-party service: proof of work. The server issues a challenge (signed, and recorded
 * in Redis until it expires); the browser finds a nonce whose SHA-256 over {@code challenge:nonce} starts with
 * {@code difficulty} zero bits. Verifying consumes the challenge, whatever the nonce, so one solved challenge buys
 * one registration or sign-in. The work only rate-limits a script (docs/security.md has the measured figures); it
 * tells no human from a machine, it makes each try cost the sender a second of a phone's time.
 */
@Component
public class BotCheck {

    /** How much harder than the default a challenge may be asked for (each bit doubles the work). */
    public static final int MAX_EXTRA_BITS = 6;

    private static final Logger log = LoggerFactory.getLogger(BotCheck.class);
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContestantTokens keys;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final int difficulty;

    public BotCheck(ContestantTokens keys, StringRedisTemplate redis, Clock clock,
                    @Value("${cuocthi.contestant.bot-check.difficulty:14}") int difficulty) {
        this.keys = keys;
        this.redis = redis;
        this.clock = clock;
        this.difficulty = difficulty;
    }

    /** The default work, what a registration needs. */
    public int difficulty() {
        return difficulty;
    }

    public Challenge challenge() {
        return challenge(difficulty);
    }

    /** A fresh challenge of at least the default work and at most {@link #MAX_EXTRA_BITS} more. */
    public Challenge challenge(int bits) {
        int required = Math.clamp(bits, difficulty, difficulty + MAX_EXTRA_BITS);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = ENCODER.encodeToString(random);
        String body = clock.instant().plus(LIFETIME).getEpochSecond() + "." + required + "." + id;
        try {
            redis.opsForValue().set(key(id), "1", LIFETIME);
        } catch (RuntimeException e) {
            log.warn("Bot check challenge not recorded: Redis unavailable ({})", e.toString());
        }
        return new Challenge(body + "." + ENCODER.encodeToString(keys.sign(TenantKeys.local(body))), required);
    }

    /** Whether the solution is of a challenge issued here, fresh, solved with the default work, and not used before. */
    public boolean accept(String challenge, String nonce) {
        return accept(challenge, nonce, difficulty);
    }

    /** As {@link #accept(String, String)}, with at least {@code requiredBits} of work (the challenge's own if more). */
    public boolean accept(String challenge, String nonce, int requiredBits) {
        if (challenge == null || nonce == null || challenge.length() > 300 || nonce.length() > 40) {
            return false;
        }
        int lastDot = challenge.lastIndexOf('.');
        if (lastDot <= 0) {
            return false;
        }
        String body = challenge.substring(0, lastDot);
        String[] parts = body.split("\\.");
        try {
            // the signature covers the province, so a challenge issued for another province is not genuine here
            if (parts.length != 3 || !MessageDigest.isEqual(keys.sign(TenantKeys.local(body)),
                    Base64.getUrlDecoder().decode(challenge.substring(lastDot + 1)))
                    || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[0])))
                    || !consume(parts[2])) {
                return false;
            }
            int required = Math.max(requiredBits, Integer.parseInt(parts[1]));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return leadingZeroBits(digest) >= required;
        } catch (IllegalArgumentException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    /** Removes the challenge's record: true for the first caller only (a reused challenge is gone). */
    private boolean consume(String id) {
        try {
            return Boolean.TRUE.equals(redis.delete(key(id)));
        } catch (RuntimeException e) {
            log.warn("Bot check challenge not consumed: Redis unavailable, signature alone checked ({})", e.toString());
            return true;
        }
    }

    private static String key(String id) {
        return TenantKeys.redis("pow", id);
    }

    static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
        }
        return bits;
    }

    /** What the browser must solve. */
    public record Challenge(String challenge, int difficulty) {
    }
}
