package vn.cuocthi.quizruntime.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contestants' bearer tokens: {@code <payload>.<HMAC-SHA256>}, checked without a database read on the exam's hot
 * path. The payload names the province, the contestant, the sign-in session (which decides who may write an
 * attempt), the expiry and (v2) when it was issued, so that {@link ContestantRevocations} can end a session or all
 * of a contestant's. The key is made once by the first node and shared through {@code platform_secret}.
 */
@Component
public class ContestantTokens {

    private static final String KEY_NAME = "contestant-token-key";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Clock clock;
    private final Duration lifetime;
    private final JdbcClient jdbc;
    private volatile byte[] key;

    public ContestantTokens(JdbcClient jdbc, Clock clock,
                            @Value("${cuocthi.contestant.token-lifetime:12h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Read (or made, by the first node to need it) after the migrations, on first use. */
    private byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            jdbc.sql("insert into platform.platform_secret (name, value) values (?, ?) on conflict (name) do nothing")
                    .params(KEY_NAME, randomBytes(32)).update();
            loaded = jdbc.sql("select value from platform.platform_secret where name = ?").param(KEY_NAME)
                    .query(byte[].class).single();
            key = loaded;
        }
        return loaded;
    }

    public Issued issue(String tenantSlug, UUID contestId, UUID contestantId) {
        Instant issuedAt = clock.instant();
        Instant expiresAt = issuedAt.plus(lifetime);
        String session = ENCODER.encodeToString(randomBytes(12));
        String payload = String.join("|", "v2", tenantSlug, contestId.toString(), contestantId.toString(), session,
                Long.toString(expiresAt.getEpochSecond()), Long.toString(issuedAt.toEpochMilli()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return new Issued(encoded + "." + ENCODER.encodeToString(sign(encoded)), expiresAt);
    }

    /** The session a genuine, unexpired token carries; empty for anything else. */
    public Optional<ContestantSession> verify(String token) {
        if (token == null || token.length() > 600) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(encoded), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|");
            // v1 (before revocation) had no issue time: taken as expiry minus the lifetime
            boolean v1 = parts.length == 6 && "v1".equals(parts[0]);
            if (!v1 && (parts.length != 7 || !"v2".equals(parts[0]))) {
                return Optional.empty();
            }
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[5]));
            if (!clock.instant().isBefore(expiresAt)) {
                return Optional.empty();
            }
            Instant issuedAt = v1 ? expiresAt.minus(lifetime) : Instant.ofEpochMilli(Long.parseLong(parts[6]));
            return Optional.of(new ContestantSession(parts[1], UUID.fromString(parts[2]), UUID.fromString(parts[3]),
                    parts[4], expiresAt, issuedAt));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** HMAC-SHA256 of the text with the platform's contestant key (tokens, bot-check challenges). */
    byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Issued(String token, Instant expiresAt) {
    }
}
