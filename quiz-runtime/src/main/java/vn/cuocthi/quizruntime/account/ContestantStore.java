package vn.cuocthi.quizruntime.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.cuocthi.platformcore.personal.ContestantRows;
import vn.cuocthi.platformcore.personal.PersonalData;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * Registrations of the province's contestants, one per person per contest (the constraints enforce it). Personal
 * values are sealed by platform-core's {@link ContestantRows} (docs/security.md, "Personal data"): the CCCD, phone,
 * e-mail, birth date, address and the address registered from go in sealed, and CCCD, phone and e-mail are found by
 * their keyed hashes (under both look-up keys while one rotates).
 */
@Repository
public class ContestantStore {

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final ContestantRows rows;

    public ContestantStore(JdbcClient jdbc, PersonalData personal, ContestantRows rows) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.rows = rows;
    }

    /** Inserts the registration; a second one of the same CCCD or phone fails on the unique constraints. */
    public UUID insert(UUID contestId, NewContestant person, String passwordHash, String consentVersion, Instant consentAt,
                       String from) {
        return rows.insert(new ContestantRows.NewRow(contestId, person.fullName(), person.cccd(), person.phone(),
                person.email(), person.birthDate(), person.gender(), person.address(), person.unitCode(),
                person.residenceCode(), person.groupCode(), passwordHash, consentVersion, consentAt, null, from));
    }

    public Optional<Contestant> find(UUID id) {
        return jdbc.sql("select * from contestant where id = ?").param(id).query(this::map).optional();
    }

    /**
     * Locks the registration of a contestant who may still sit exams (not disqualified): the starts of one
     * contestant happen one at a time, so attempt limits hold under concurrent requests.
     */
    public Optional<Contestant> lockEligible(UUID id) {
        return jdbc.sql("select * from contestant where id = ? and disqualified_at is null for update")
                .param(id).query(this::map).optional();
    }

    /**
     * Registrations whose (normalised) CCCD or phone is {@code login}, in the given contest or (null) any, newest
     * first; found by their look-up hashes.
     */
    public List<Contestant> byLogin(String cccd, String phone, UUID contestId) {
        return byHashes(personal.lookups(LookupKind.CCCD, cccd), personal.lookups(LookupKind.PHONE, phone), contestId);
    }

    /**
     * Registrations in the contest whose phone, CCCD or e-mail is {@code contact} (already normalized): whom a
     * recovery code is for, found by the keyed hashes like sign-in. The one place recovery matches contact details.
     */
    public List<Reachable> findByContact(UUID contestId, String contact) {
        return jdbc.sql("""
                select * from contestant
                where contest_id = :contest and (phone_lookup in (:phone) or cccd_lookup in (:cccd)
                                                 or email_lookup in (:email))
                limit 5""")
                .param("contest", contestId).param("phone", personal.lookups(LookupKind.PHONE, contact))
                .param("cccd", personal.lookups(LookupKind.CCCD, contact))
                .param("email", personal.lookups(LookupKind.EMAIL, contact))
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Reachable(id, rs.getObject("contest_id", UUID.class), rs.getString("full_name"),
                            personal.open("phone", id, rs.getBytes("phone_sealed")),
                            personal.open("email", id, rs.getBytes("email_sealed")));
                })
                .list();
    }

    public void setPassword(UUID id, String passwordHash) {
        jdbc.sql("update contestant set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    /** Registrations whose CCCD or phone hash (either of each pair) matches, in the contest or (null) any, newest first. */
    private List<Contestant> byHashes(List<byte[]> cccdHashes, List<byte[]> phoneHashes, UUID contestId) {
        return jdbc.sql("select * from contestant where (cccd_lookup in (:hash) or phone_lookup in (:phone))"
                        + " and (cast(:contest as uuid) is null or contest_id = :contest)"
                        + " order by registered_at desc limit 20")
                .param("hash", cccdHashes).param("phone", phoneHashes).param("contest", contestId)
                .query(this::map).list();
    }

    private Contestant map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String birth = personal.open("birth_date", id, rs.getBytes("birth_date_sealed"));
        return new Contestant(id, rs.getObject("contest_id", UUID.class),
                rs.getString("full_name"), personal.open("cccd", id, rs.getBytes("cccd_sealed")),
                personal.open("phone", id, rs.getBytes("phone_sealed")), rs.getString("unit_code"),
                rs.getString("group_code"), birth == null ? null : LocalDate.parse(birth), rs.getString("password_hash"),
                rs.getTimestamp("disqualified_at") != null);
    }

    /** A registration as the engine needs it (the password hash never leaves the account package's services). */
    public record Contestant(UUID id, UUID contestId, String fullName, String cccd, String phone, String unitCode,
                             String groupCode, LocalDate birthDate, String passwordHash, boolean disqualified) {
    }

    /** A registration with the addresses a recovery code can be sent to (either may be null). */
    public record Reachable(UUID id, UUID contestId, String fullName, String phone, String email) {
    }

    /** A registration's validated, normalized fields. */
    public record NewContestant(String fullName, String cccd, String phone, String email, LocalDate birthDate,
                                String gender, String address, String unitCode, String residenceCode,
                                String groupCode) {
    }
}
