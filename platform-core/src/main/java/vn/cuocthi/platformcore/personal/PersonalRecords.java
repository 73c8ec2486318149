package vn.cuocthi.platformcore.personal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * One person's data on request (Decree 13/2023, the data subject's rights): everything the province holds about a
 * registration, opened, and its erasure. Erasure removes every personal value and the password, masks the name and
 * keeps the attempts and results, so rankings and prizes already given stay explainable. Both are audited on the
 * contest with the actor and, for an erasure, the reason.
 */
@Component
public class PersonalRecords {

    private static final String ERASED_PASSWORD = "!erased"; // no encoder produces it: the account cannot sign in

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final ContestStore contests;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PersonalRecords(JdbcClient jdbc, PersonalData personal, ContestStore contests, Clock clock,
                           ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.personal = personal;
        this.contests = contests;
        this.clock = clock;
    }

    /** The registration as stored, personal values opened, with its attempts; audited as read by {@code actor}. */
    @Transactional
    public Optional<Map<String, Object>> export(UUID contestId, UUID contestantId, String actor) {
        Optional<Map<String, Object>> person = jdbc.sql("select * from contestant where contest_id = ? and id = ?")
                .params(contestId, contestantId).query((rs, row) -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("contestantId", contestantId);
                    data.put("contestId", contestId);
                    data.put("fullName", rs.getString("full_name"));
                    for (String column : List.of("cccd", "phone", "email", "birth_date", "address")) {
                        data.put(column, personal.open(column, contestantId, rs.getBytes(column + "_sealed")));
                    }
                    data.put("gender", rs.getString("gender"));
                    data.put("unitCode", rs.getString("unit_code"));
                    data.put("groupCode", rs.getString("group_code"));
                    data.put("consentVersion", rs.getString("consent_version"));
                    data.put("consentAt", rs.getTimestamp("consent_at").toInstant().toString());
                    data.put("registeredAt", rs.getTimestamp("registered_at").toInstant().toString());
                    Timestamp erased = rs.getTimestamp("erased_at");
                    data.put("erasedAt", erased == null ? null : erased.toInstant().toString());
                    return data;
                }).optional();
        person.ifPresent(data -> {
            data.put("attempts", jdbc.sql("""
                    select round_index, number, status, score, max_score, started_at, submitted_at from attempt
                    where contestant_id = ? order by round_index, number""").param(contestantId).query().listOfRows());
            contests.audit(contestId, "PERSONAL_DATA_EXPORTED", actor, null, Map.of("contestantId", contestantId));
        });
        return person;
    }

    /** The contest's registrations whose CCCD or phone is {@code login} (as typed), found by their hashes. */
    public List<UUID> find(UUID contestId, String login) {
        String cccd = PersonalNumbers.cccd(login).orElse(null);
        String phone = PersonalNumbers.mobile(login).orElse(null);
        if (cccd == null && phone == null) {
            return List.of();
        }
        return jdbc.sql("select id from contestant where contest_id = :contest and (cccd_lookup in (:cccd) or phone_lookup in (:phone))")
                .param("contest", contestId).param("cccd", personal.lookups(LookupKind.CCCD, cccd))
                .param("phone", personal.lookups(LookupKind.PHONE, phone))
                .query(UUID.class).list();
    }

    /** Erases the registration's personal data; false when there is no such registration in the contest. */
    @Transactional
    public boolean erase(UUID contestId, UUID contestantId, String actor, String reason) {
        int erased = eraseWhere("contest_id = ? and id = ?", contestId, contestantId);
        boolean exists = erased > 0 || jdbc.sql("select exists (select 1 from contestant where contest_id = ? and id = ?)")
                .params(contestId, contestantId).query(Boolean.class).single();
        if (exists) {
            contests.audit(contestId, "PERSONAL_DATA_ERASED", actor, null,
                    Map.of("contestantId", contestantId, "reason", reason, "alreadyErased", erased == 0));
        }
        return exists;
    }

    /** Erases every registration of the contest not yet erased (the retention job); how many it erased. */
    @Transactional
    public int eraseContest(UUID contestId, String actor, String reason) {
        int erased = eraseWhere("contest_id = ?", contestId);
        if (erased > 0) {
            contests.audit(contestId, "PERSONAL_DATA_ERASED", actor, null, Map.of("contestants", erased, "reason", reason));
        }
        return erased;
    }

    private int eraseWhere(String condition, Object... params) {
        List<Map<String, Object>> rows = jdbc.sql("select id, full_name from contestant where erased_at is null and "
                + condition + " for update").params(params).query().listOfRows();
        for (Map<String, Object> row : rows) {
            jdbc.sql("""
                    update contestant set full_name = ?, cccd_sealed = null, phone_sealed = null, email_sealed = null,
                        birth_date_sealed = null, address_sealed = null, cccd_lookup = null, phone_lookup = null,
                        email_lookup = null, gender = null, registered_from_sealed = null, password_hash = ?,
                        erased_at = ?, status_changed_at = ? where id = ?""")
                    .params(Masks.name((String) row.get("full_name")), ERASED_PASSWORD, Timestamp.from(clock.instant()),
                            Timestamp.from(clock.instant()), row.get("id"))
                    .update();
            events.publishEvent(new PersonalDataErased((UUID) row.get("id")));
        }
        return rows.size();
    }
}
