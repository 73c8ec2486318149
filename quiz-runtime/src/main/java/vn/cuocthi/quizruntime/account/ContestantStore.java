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

import vn.cuocthi.platformcore.Uuids;

/** Registrations of the province's contestants, one per person per contest (the constraints enforce it). */
@Repository
public class ContestantStore {

    private final JdbcClient jdbc;

    public ContestantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the registration; a second one of the same CCCD or phone fails on the unique constraints. */
    public UUID insert(UUID contestId, NewContestant person, String passwordHash, String consentVersion, Instant consentAt,
                       String from) {
        UUID id = Uuids.v7();
        jdbc.sql("""
                insert into contestant (id, contest_id, full_name, cccd, phone, email, birth_date, gender, address,
                                        unit_code, residence_code, group_code, password_hash, consent_at,
                                        consent_version, registered_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, contestId, person.fullName(), person.cccd(), person.phone(), person.email(),
                        person.birthDate(), person.gender(), person.address(), person.unitCode(), person.residenceCode(), person.groupCode(),
                        passwordHash, java.sql.Timestamp.from(consentAt), consentVersion, from)
                .update();
        return id;
    }

    public Optional<Contestant> find(UUID id) {
        return jdbc.sql("select * from contestant where id = ?").param(id).query(ContestantStore::map).optional();
    }

    /**
     * Locks the registration of a contestant who may still sit exams (not disqualified): the starts of one
     * contestant happen one at a time, so attempt limits hold under concurrent requests.
     */
    public Optional<Contestant> lockEligible(UUID id) {
        return jdbc.sql("select * from contestant where id = ? and disqualified_at is null for update")
                .param(id).query(ContestantStore::map).optional();
    }

    /** Registrations whose CCCD or phone is {@code login}, in the given contest or (null) any, newest first. */
    public List<Contestant> byLogin(String cccd, String phone, UUID contestId) {
        return jdbc.sql("""
                select * from contestant
                where (cccd = :cccd or phone = :phone) and (cast(:contest as uuid) is null or contest_id = :contest)
                order by registered_at desc limit 20""")
                .param("cccd", cccd).param("phone", phone).param("contest", contestId)
                .query(ContestantStore::map).list();
    }

    /**
     * Registrations in the contest whose phone, CCCD or e-mail is {@code contact} (already normalized): whom a
     * recovery code is for. The one place that matches contact details, so how they are stored can change here alone.
     */
    public List<Reachable> findByContact(UUID contestId, String contact) {
        return jdbc.sql("""
                select id, contest_id, full_name, phone, email from contestant
                where contest_id = :contest and (phone = :contact or cccd = :contact or lower(email) = lower(:contact))
                limit 5""")
                .param("contest", contestId).param("contact", contact)
                .query((rs, row) -> new Reachable(rs.getObject("id", UUID.class), rs.getObject("contest_id", UUID.class),
                        rs.getString("full_name"), rs.getString("phone"), rs.getString("email")))
                .list();
    }

    public void setPassword(UUID id, String passwordHash) {
        jdbc.sql("update contestant set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    private static Contestant map(ResultSet rs, int row) throws SQLException {
        java.sql.Date birth = rs.getDate("birth_date");
        return new Contestant(rs.getObject("id", UUID.class), rs.getObject("contest_id", UUID.class),
                rs.getString("full_name"), rs.getString("cccd"), rs.getString("phone"), rs.getString("unit_code"),
                rs.getString("group_code"), birth == null ? null : birth.toLocalDate(), rs.getString("password_hash"),
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
