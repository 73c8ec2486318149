package vn.cuocthi.platformcore.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.personal.PersonalData;

/**
 * The province's exam sessions and their photos, in its own schema. The contact's name and phone are personal data:
 * sealed like a contestant's (the session's id as the row), never in clear.
 */
@Repository
public class ExamSessionStore {

    private static final String SELECT = """
            select s.id, s.contest_id, s.unit_code, u.name as unit_name, s.round_index, s.starts_at,
                   s.expected_participants, s.place, s.contact_name_sealed, s.contact_phone_sealed, s.status, s.created_at,
                   (select count(*) from exam_session_photo p where p.session_id = s.id) as photos
            from exam_session s
            left join contest_unit u on u.contest_id = s.contest_id and u.code = s.unit_code
            """;

    private final JdbcClient jdbc;
    private final PersonalData personal;

    ExamSessionStore(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    void insert(UUID id, ExamSessions.NewSession session, String tokenSha256, Instant now) {
        jdbc.sql("""
                insert into exam_session (id, contest_id, unit_code, round_index, starts_at, expected_participants, place,
                                          contact_name_sealed, contact_phone_sealed, data_key, status,
                                          manage_token_sha256, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?)""")
                .params(id, session.contestId(), session.unitCode(), session.round() - 1,
                        Timestamp.from(session.startsAt()), session.expectedParticipants(), session.place(),
                        personal.seal("contact_name", id, session.contactName()),
                        personal.seal("contact_phone", id, session.contactPhone()), personal.currentKey(), tokenSha256,
                        Timestamp.from(now))
                .update();
    }

    /** A contest's sessions by start, of one round (1-based) or all for null. */
    public List<ExamSession> list(UUID contestId, Integer round) {
        return jdbc.sql(SELECT + """
                where s.contest_id = :contest and (cast(:round as integer) is null or s.round_index = :round)
                order by s.starts_at, s.id""")
                .param("contest", contestId).param("round", round == null ? null : round - 1)
                .query(this::map).list();
    }

    public Optional<ExamSession> find(UUID contestId, UUID id) {
        return jdbc.sql(SELECT + "where s.contest_id = ? and s.id = ?").params(contestId, id).query(this::map).optional();
    }

    Optional<String> tokenSha256(UUID contestId, UUID id) {
        return jdbc.sql("select manage_token_sha256 from exam_session where contest_id = ? and id = ?")
                .params(contestId, id).query(String.class).optional();
    }

    boolean setStatus(UUID contestId, UUID id, ExamSessionStatus status, String actor, Instant now) {
        return jdbc.sql("""
                update exam_session set status = ?, status_changed_by = ?, status_changed_at = ?
                where contest_id = ? and id = ?""")
                .params(status.name(), actor, Timestamp.from(now), contestId, id).update() > 0;
    }

    /** Expected contestants per starting hour in Vietnam time, over sessions not cancelled, from (incl.) to (excl.). */
    public List<HourlyLoad> hourly(Instant from, Instant to) {
        return jdbc.sql("""
                select date_trunc('hour', starts_at at time zone 'Asia/Ho_Chi_Minh') as hour,
                       sum(expected_participants) as expected, count(*) as sessions
                from exam_session
                where status <> 'CANCELLED' and starts_at >= ? and starts_at < ?
                group by 1 order by 1""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> new HourlyLoad(
                        rs.getTimestamp("hour").toLocalDateTime().atZone(VietnamTime.ZONE).toOffsetDateTime(),
                        rs.getLong("expected"), rs.getLong("sessions")))
                .list();
    }

    /** Units of the contest with a confirmed session, in the round (1-based) or any round for null. */
    public Set<String> unitsWithConfirmedSessions(UUID contestId, Integer round) {
        return Set.copyOf(jdbc.sql("""
                select distinct unit_code from exam_session
                where contest_id = :contest and status = 'CONFIRMED'
                  and (cast(:round as integer) is null or round_index = :round)""")
                .param("contest", contestId).param("round", round == null ? null : round - 1)
                .query(String.class).list());
    }

    void addPhoto(SessionPhoto photo, byte[] content) {
        jdbc.sql("""
                insert into exam_session_photo (id, session_id, content_type, size_bytes, sha256, content, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(photo.id(), photo.sessionId(), photo.contentType(), photo.sizeBytes(), photo.sha256(), content,
                        Timestamp.from(photo.uploadedAt()))
                .update();
    }

    /** The session's photos, oldest first; locks the session row so that concurrent uploads count one by one. */
    List<SessionPhoto> photosForUpdate(UUID sessionId) {
        jdbc.sql("select id from exam_session where id = ? for update").param(sessionId).query(UUID.class).list();
        return photos(sessionId);
    }

    public List<SessionPhoto> photos(UUID sessionId) {
        return jdbc.sql("""
                select id, session_id, content_type, size_bytes, sha256, uploaded_at
                from exam_session_photo where session_id = ? order by uploaded_at, id""")
                .param(sessionId)
                .query((rs, row) -> new SessionPhoto(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** A photo's type and bytes, only when it belongs to a session of this contest. */
    public Optional<PhotoFile> photo(UUID contestId, UUID sessionId, UUID photoId) {
        return jdbc.sql("""
                select p.content_type, p.sha256, p.content from exam_session_photo p
                join exam_session s on s.id = p.session_id
                where s.contest_id = ? and p.session_id = ? and p.id = ?""")
                .params(contestId, sessionId, photoId)
                .query((rs, row) -> new PhotoFile(rs.getString("content_type"), rs.getString("sha256"), rs.getBytes("content")))
                .optional();
    }

    public record PhotoFile(String contentType, String sha256, byte[] content) {
    }

    private ExamSession map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new ExamSession(id, rs.getObject("contest_id", UUID.class),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("round_index") + 1,
                VietnamTime.of(rs.getTimestamp("starts_at").toInstant()), rs.getInt("expected_participants"),
                rs.getString("place"), personal.open("contact_name", id, rs.getBytes("contact_name_sealed")),
                personal.open("contact_phone", id, rs.getBytes("contact_phone_sealed")),
                ExamSessionStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("photos"));
    }
}
