package vn.cuocthi.platformcore.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestState;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Registers, checks and confirms collective exam sessions. Registration is open to anyone on the province site (the
 * caller adds the bot check and rate limits) and answers a one-time management token that alone lets the unit send
 * photos; only its SHA-256 is stored. A refusal writes nothing.
 */
@Service
public class ExamSessions {

    static final int MAX_PLACE = 300;
    static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContestStore contests;
    private final ExamSessionStore store;
    private final Clock clock;

    public ExamSessions(ContestStore contests, ExamSessionStore store, Clock clock) {
        this.contests = contests;
        this.store = store;
        this.clock = clock;
    }

    /**
     * What a unit sends. {@code startsAt} is ISO-8601 with an offset, or a wall-clock time without one (a page's
     * datetime-local input), read as Vietnam time.
     */
    public record SessionRequest(String unitCode, String startsAt, Integer expectedParticipants, String place,
                                 String contactName, String contactPhone) {
    }

    /** A request that passed every check; {@code round} is 1-based. */
    public record NewSession(UUID contestId, String unitCode, int round, Instant startsAt, int expectedParticipants,
                             String place, String contactName, String contactPhone) {
    }

    /** A registered session with the management token, shown to the registering contact once. */
    public record Registered(ExamSession session, String manageToken) {
    }

    /** Checks a request against the published contest, its rounds and its unit list; every problem at once. */
    @Transactional(readOnly = true)
    public NewSession validate(UUID contestId, SessionRequest request) {
        Contest contest = contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        Instant now = clock.instant();
        if (contest.stateAt(now) == ContestState.CLOSED) {
            throw ApiException.conflict("session.closed");
        }
        List<FieldError> errors = new ArrayList<>();
        String unitCode = text(request.unitCode());
        Optional<ContestStore.ContestUnit> unit = unitCode == null ? Optional.empty()
                : contests.units(contestId).stream().filter(u -> u.code().equals(unitCode)).findFirst();
        if (unitCode == null) {
            errors.add(FieldError.field("unitCode", "session.unit.required"));
        } else if (unit.isEmpty()) {
            errors.add(FieldError.field("unitCode", "session.unit.unknown"));
        }
        Instant startsAt = instant(request.startsAt());
        int round = 0;
        if (startsAt == null) {
            errors.add(FieldError.field("startsAt", text(request.startsAt()) == null ? "session.startsAt.required"
                    : "session.startsAt.invalid"));
        } else if (startsAt.isBefore(now)) {
            errors.add(FieldError.field("startsAt", "session.startsAt.past"));
        } else {
            round = roundOf(contest, startsAt);
            if (round == 0) {
                errors.add(FieldError.field("startsAt", "session.startsAt.outsideRounds"));
            }
        }
        Integer expected = request.expectedParticipants();
        if (expected == null || expected < 1) {
            errors.add(FieldError.field("expectedParticipants", "session.expected.min"));
        } else if (unit.isPresent() && unit.get().headcount() > 0 && expected > unit.get().headcount()) {
            errors.add(FieldError.field("expectedParticipants", "session.expected.overHeadcount", unit.get().headcount()));
        }
        String place = line("place", request.place(), errors);
        if (place == null ? !refused(errors, "place") : place.length() > MAX_PLACE) {
            errors.add(FieldError.field("place", "session.place.invalid", MAX_PLACE));
        }
        String contactName = line("contactName", request.contactName(), errors);
        if (contactName == null ? !refused(errors, "contactName") : contactName.length() < 2 || contactName.length() > MAX_NAME) {
            errors.add(FieldError.field("contactName", "session.contactName.invalid"));
        }
        String phone = text(request.contactPhone()) == null ? null : PersonalNumbers.mobile(request.contactPhone()).orElse(null);
        if (phone == null) {
            errors.add(FieldError.field("contactPhone", "session.contactPhone.invalid"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new NewSession(contestId, unitCode, round, startsAt, expected, place, contactName, phone);
    }

    @Transactional
    public Registered register(NewSession session) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = Uuids.v7();
        store.insert(id, session, sha256(token), clock.instant());
        return new Registered(store.find(session.contestId(), id).orElseThrow(), token);
    }

    /** The session, when the token is its management token; otherwise 404 (a wrong token says nothing more). */
    @Transactional(readOnly = true)
    public ExamSession managed(UUID contestId, UUID sessionId, String token) {
        String stored = store.tokenSha256(contestId, sessionId).orElse(null);
        if (stored == null || token == null || token.length() > 100
                || !MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), sha256(token).getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.notFound("session.notFound");
        }
        return store.find(contestId, sessionId).orElseThrow();
    }

    /** Staff confirm that a session was held, or cancel it; the session as it is now. */
    @Transactional
    public ExamSession setStatus(UUID contestId, UUID sessionId, ExamSessionStatus status, String actor) {
        contests.find(contestId).orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        ExamSession before = store.find(contestId, sessionId).orElseThrow(() -> ApiException.notFound("session.notFound"));
        store.setStatus(contestId, sessionId, status, actor, clock.instant());
        ExamSession after = store.find(contestId, sessionId).orElseThrow();
        // in the province's append-only audit log, like every other staff decision that moves a prize
        contests.audit(contestId, "session.status", actor, audited(before), audited(after));
        return after;
    }

    @Transactional(readOnly = true)
    public List<ExamSession> list(UUID contestId, Integer round) {
        contests.find(contestId).orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        return store.list(contestId, round);
    }

    private static java.util.Map<String, Object> audited(ExamSession session) {
        return java.util.Map.of("sessionId", session.id(), "unitCode", session.unitCode(), "status", session.status());
    }

    /** The round (1-based) whose schedule holds the instant, 0 for none. */
    private static int roundOf(Contest contest, Instant at) {
        List<Round> rounds = contest.definition().rounds();
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            if (r.startsAt() != null && r.endsAt() != null && !at.isBefore(r.startsAt().toInstant())
                    && at.isBefore(r.endsAt().toInstant())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Instant instant(String typed) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** A typed line as {@link TypedText} has it (NFC, one space; control and bidi characters: text.control). */
    private static String line(String field, String typed, List<FieldError> errors) {
        return TypedText.check(field, typed, TypedText.Kind.LINE, Integer.MAX_VALUE, errors);
    }

    private static boolean refused(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(error -> field.equals(error.field()));
    }

    private static String text(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
