package vn.cuocthi.platformcore.recovery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.Uuids;

/**
 * The province's recovery codes ({@code password_recovery}). Six digits are few, so a code is kept as an HMAC under a
 * platform key (a copy of the table alone cannot be searched through a million candidates), only the newest code of
 * a contestant counts, it expires, a few wrong tries spend it, and it is spent once.
 */
@Repository
public class RecoveryCodes {

    /** Wrong codes after which the code is dead and a new one must be asked for. */
    public static final int MAX_TRIES = 5;
    private static final String KEY_NAME = "recovery-code-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte[] key;

    public RecoveryCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new code for the contestant (earlier open ones are spent); the code itself is returned once, never stored. */
    @Transactional
    public Issued issue(UUID contestantId, RecoveryChannel channel, Duration validity, String issuedBy) {
        Instant now = clock.instant();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        jdbc.sql("update password_recovery set spent_at = ? where contestant_id = ? and spent_at is null")
                .params(Timestamp.from(now), contestantId).update();
        Instant expiresAt = now.plus(validity);
        jdbc.sql("""
                insert into password_recovery (id, contestant_id, channel, code_hash, created_at, expires_at, issued_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Uuids.v7(), contestantId, channel.name(), hash(contestantId, code), Timestamp.from(now),
                        Timestamp.from(expiresAt), issuedBy)
                .update();
        return new Issued(code, expiresAt);
    }

    /**
     * Judges a typed code against the contestant's newest one, counting a wrong try; spends nothing when it is right
     * (the caller spends it with {@link #spend} in the transaction that changes the password). A contestant who never
     * had a code is told "wrong", like a contact nobody registered; a used or expired newest code is "expired".
     */
    @Transactional
    public Verdict check(UUID contestantId, String code) {
        Optional<Open> open = jdbc.sql("""
                select id, code_hash, expires_at, failed_tries, spent_at is not null as spent from password_recovery
                where contestant_id = ? order by created_at desc limit 1 for update""")
                .param(contestantId)
                .query((rs, row) -> new Open(rs.getObject("id", UUID.class), rs.getString("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(), rs.getInt("failed_tries"), rs.getBoolean("spent")))
                .optional();
        if (open.isEmpty()) {
            return new Verdict(Outcome.WRONG, null); // as for a contact nobody registered: existence is not told
        }
        if (open.get().spent() || !clock.instant().isBefore(open.get().expiresAt())) {
            return new Verdict(Outcome.EXPIRED, null);
        }
        if (open.get().failedTries() >= MAX_TRIES) {
            return new Verdict(Outcome.EXHAUSTED, null);
        }
        boolean right = code != null && code.matches("\\d{6}") && MessageDigest.isEqual(
                hash(contestantId, code).getBytes(StandardCharsets.US_ASCII),
                open.get().codeHash().getBytes(StandardCharsets.US_ASCII));
        if (right) {
            return new Verdict(Outcome.ACCEPTED, open.get().id());
        }
        int tries = jdbc.sql("update password_recovery set failed_tries = failed_tries + 1 where id = ? returning failed_tries")
                .param(open.get().id()).query(Integer.class).single();
        return new Verdict(tries >= MAX_TRIES ? Outcome.EXHAUSTED : Outcome.WRONG, null);
    }

    /** Spends an accepted code; false when another request spent it first (so it changes one password once). */
    public boolean spend(UUID recoveryId) {
        return jdbc.sql("update password_recovery set spent_at = ? where id = ? and spent_at is null")
                .params(Timestamp.from(clock.instant()), recoveryId).update() == 1;
    }

    private String hash(UUID contestantId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((contestantId + "|" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Made once by the first node that needs it and shared through {@code platform_secret}. */
    private byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into platform.platform_secret (name, value) values (?, ?) on conflict (name) do nothing")
                    .params(KEY_NAME, fresh).update();
            loaded = jdbc.sql("select value from platform.platform_secret where name = ?").param(KEY_NAME)
                    .query(byte[].class).single();
            key = loaded;
        }
        return loaded;
    }

    public record Issued(String code, Instant expiresAt) {
    }

    public enum Outcome { ACCEPTED, WRONG, EXPIRED, EXHAUSTED }

    /** The judgement of a typed code; {@code recoveryId} names the code to spend when it was accepted. */
    public record Verdict(Outcome outcome, UUID recoveryId) {
    }

    private record Open(UUID id, String codeHash, Instant expiresAt, int failedTries, boolean spent) {
    }
}
