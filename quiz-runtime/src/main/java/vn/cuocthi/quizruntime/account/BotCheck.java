package vn.cuocthi.quizruntime.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.TenantKeys;

/**
 * A bot check that needs no third-party service: proof of work. The server hands out a signed challenge; the
 * browser finds a nonce whose SHA-256 over {@code challenge:nonce} starts with {@code difficulty} zero bits (about
 * a second on a cheap phone at the default 16 bits, far more for a script registering thousands). A solution is
 * accepted once, before the challenge expires, on the province it was issued for.
 */
@Component
public class BotCheck {

    private static final Logger log = LoggerFactory.getLogger(BotCheck.class);
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContestantTokens keys;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final int difficulty;

    public BotCheck(ContestantTokens keys, StringRedisTemplate redis, Clock clock,
                    @Value("${cuocthi.contestant.bot-check.difficulty:16}") int difficulty) {
        this.keys = keys;
        this.redis = redis;
        this.clock = clock;
        this.difficulty = difficulty;
    }

    public Challenge challenge() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String body = clock.instant().plus(LIFETIME).getEpochSecond() + "." + difficulty + "." + ENCODER.encodeToString(random);
        return new Challenge(body + "." + ENCODER.encodeToString(keys.sign(TenantKeys.local(body))), difficulty);
    }

    /** Whether the solution is genuine, fresh, hard enough, for this province, and not used before. */
    public boolean accept(String challenge, String nonce) {
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
                    || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[0])))) {
                return false;
            }
            int required = Integer.parseInt(parts[1]);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return leadingZeroBits(digest) >= required && firstUse(digest);
        } catch (IllegalArgumentException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    private boolean firstUse(byte[] digest) {
        try {
            Boolean fresh = redis.opsForValue().setIfAbsent(TenantKeys.redis("pow", HexFormat.of().formatHex(digest, 0, 16)),
                    "1", LIFETIME);
            return Boolean.TRUE.equals(fresh);
        } catch (RuntimeException e) {
            log.warn("Bot check replay not verified: Redis unavailable ({})", e.toString());
            return true;
        }
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
