package vn.cuocthi.platformcore.contest;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Short codes of contests, for links that fit an SMS or a poster ({@code /c/<code>}): staff get one the first time
 * they share a contest; the contestants' side resolves it. Letters and digits that cannot be misread (no 0/O, 1/l/I).
 */
@Repository
public class ContestShortLinks {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 6;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    public ContestShortLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contest's code, given now if it has none (a clash with another contest's code draws again). */
    public String codeOf(UUID contestId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<String> existing = jdbc.sql("select short_code from contest where id = ?").param(contestId)
                    .query(String.class).optional();
            if (existing.isPresent()) {
                return existing.get();
            }
            try {
                jdbc.sql("update contest set short_code = ? where id = ? and short_code is null")
                        .params(draw(), contestId).update();
            } catch (DuplicateKeyException clash) {
                // another contest has this code: draw again
            }
        }
        throw new IllegalStateException("no short code for contest " + contestId);
    }

    /** The contest a code names; a malformed code names none (and costs no query). */
    public Optional<UUID> contestOf(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from contest where short_code = ?").param(code).query(UUID.class).optional();
    }

    private String draw() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
