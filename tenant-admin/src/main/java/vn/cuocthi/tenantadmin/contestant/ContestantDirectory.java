package vn.cuocthi.tenantadmin.contestant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.personal.PersonalData;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * The province's registrations as staff look a caller up: by CCCD or phone exactly, else by a part of the name
 * (case and diacritics as typed), or by e-mail exactly. Numbers and e-mails are matched by their keyed hashes and the
 * identity fields opened from their sealed columns (docs/security.md, "Personal data"). Read-only; the identity
 * fields are what the officer checks against the caller.
 */
@Repository
public class ContestantDirectory {

    static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final PersonalData personal;

    ContestantDirectory(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    public List<Registrant> search(String query) {
        String typed = query == null ? "" : query.strip();
        if (typed.length() < 2) {
            return List.of();
        }
        Optional<String> number = PersonalNumbers.cccd(typed).or(() -> PersonalNumbers.mobile(typed));
        if (number.isPresent()) {
            return jdbc.sql(SELECT + " where k.cccd_lookup in (:cccd) or k.phone_lookup in (:phone)" + ORDER)
                    .param("cccd", personal.lookups(LookupKind.CCCD, number.get()))
                    .param("phone", personal.lookups(LookupKind.PHONE, number.get()))
                    .query(this::map).list();
        }
        String name = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(SELECT + " where k.full_name ilike '%' || :q || '%' escape '\\' or k.email_lookup in (:email)" + ORDER)
                .param("q", name).param("email", personal.lookups(LookupKind.EMAIL, typed))
                .query(this::map).list();
    }

    public Optional<Registrant> find(UUID id) {
        return jdbc.sql(SELECT + " where k.id = :id").param("id", id).query(this::map).optional();
    }

    private static final String SELECT = """
            select k.id, k.contest_id, c.definition ->> 'name' as contest_name, k.full_name, k.cccd_sealed,
                   k.phone_sealed, k.email_sealed, k.birth_date_sealed, k.unit_code, k.group_code, k.registered_at,
                   k.disqualified_at
            from contestant k join contest c on c.id = k.contest_id""";

    private static final String ORDER = " order by k.full_name, k.registered_at desc limit " + LIMIT;

    private Registrant map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String birth = personal.open("birth_date", id, rs.getBytes("birth_date_sealed"));
        return new Registrant(id, rs.getObject("contest_id", UUID.class),
                rs.getString("contest_name"), rs.getString("full_name"), personal.open("cccd", id, rs.getBytes("cccd_sealed")),
                personal.open("phone", id, rs.getBytes("phone_sealed")), personal.open("email", id, rs.getBytes("email_sealed")),
                birth == null ? null : LocalDate.parse(birth), rs.getString("unit_code"),
                rs.getString("group_code"), rs.getTimestamp("registered_at").toInstant(),
                rs.getTimestamp("disqualified_at") != null);
    }

    /** A registration with the identity fields an officer checks. */
    public record Registrant(UUID id, UUID contestId, String contestName, String fullName, String cccd, String phone,
                             String email, LocalDate birthDate, String unitCode, String groupCode, Instant registeredAt,
                             boolean disqualified) {
    }
}
