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

/**
 * The province's registrations as staff look a caller up: by CCCD or phone exactly, else by a part of the name
 * (case and diacritics as typed). Read-only; the identity fields are what the officer checks against the caller.
 */
@Repository
public class ContestantDirectory {

    static final int LIMIT = 50;

    private final JdbcClient jdbc;

    ContestantDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Registrant> search(String query) {
        String typed = query == null ? "" : query.strip();
        if (typed.length() < 2) {
            return List.of();
        }
        Optional<String> number = PersonalNumbers.cccd(typed).or(() -> PersonalNumbers.mobile(typed));
        String where = number.isPresent() ? "k.cccd = :q or k.phone = :q"
                : "k.full_name ilike '%' || :q || '%' escape '\\' or lower(k.email) = lower(:q)";
        String q = number.orElse(typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        return jdbc.sql(SELECT + " where " + where + " order by k.full_name, k.registered_at desc limit " + LIMIT)
                .param("q", q).query(ContestantDirectory::map).list();
    }

    public Optional<Registrant> find(UUID id) {
        return jdbc.sql(SELECT + " where k.id = :id").param("id", id).query(ContestantDirectory::map).optional();
    }

    private static final String SELECT = """
            select k.id, k.contest_id, c.definition ->> 'name' as contest_name, k.full_name, k.cccd, k.phone, k.email,
                   k.birth_date, k.unit_code, k.group_code, k.registered_at, k.disqualified_at
            from contestant k join contest c on c.id = k.contest_id""";

    private static Registrant map(ResultSet rs, int row) throws SQLException {
        java.sql.Date birth = rs.getDate("birth_date");
        return new Registrant(rs.getObject("id", UUID.class), rs.getObject("contest_id", UUID.class),
                rs.getString("contest_name"), rs.getString("full_name"), rs.getString("cccd"), rs.getString("phone"),
                rs.getString("email"), birth == null ? null : birth.toLocalDate(), rs.getString("unit_code"),
                rs.getString("group_code"), rs.getTimestamp("registered_at").toInstant(),
                rs.getTimestamp("disqualified_at") != null);
    }

    /** A registration with the identity fields an officer checks. */
    public record Registrant(UUID id, UUID contestId, String contestName, String fullName, String cccd, String phone,
                             String email, LocalDate birthDate, String unitCode, String groupCode, Instant registeredAt,
                             boolean disqualified) {
    }
}
