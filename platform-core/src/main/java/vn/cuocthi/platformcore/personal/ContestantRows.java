package vn.cuocthi.platformcore.personal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * The one way a contestant row is written (registration, the demo's contestants): every personal value sealed,
 * the address it came from included, the numbers people sign in with as look-up hashes under the current look-up key.
 */
@Component
public class ContestantRows {

    private final JdbcClient jdbc;
    private final PersonalData personal;

    public ContestantRows(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    /**
     * Inserts the row; a second one of the same CCCD or phone in the contest fails with a {@link DuplicateKeyException}
     * (the unique constraints; during a look-up key rotation also a row still hashed under the previous key).
     */
    public UUID insert(NewRow row) {
        UUID id = Uuids.v7();
        if (personal.rotatingLookup() && takenUnderPreviousKey(row)) {
            throw new DuplicateKeyException("contestant_cccd_once or contestant_phone_once under the previous look-up key");
        }
        jdbc.sql("""
                insert into contestant (id, contest_id, full_name, cccd_sealed, phone_sealed, email_sealed,
                                        birth_date_sealed, address_sealed, registered_from_sealed, cccd_lookup,
                                        phone_lookup, email_lookup, data_key, lookup_key, gender, unit_code,
                                        residence_code, group_code, password_hash, consent_at, consent_version,
                                        registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, now()))""")
                .params(id, row.contestId(), row.fullName(), personal.seal("cccd", id, row.cccd()),
                        personal.seal("phone", id, row.phone()), personal.seal("email", id, row.email()),
                        personal.seal("birth_date", id, row.birthDate() == null ? null : row.birthDate().toString()),
                        personal.seal("address", id, row.address()),
                        personal.seal("registered_from", id, row.registeredFrom()),
                        personal.lookup(LookupKind.CCCD, row.cccd()), personal.lookup(LookupKind.PHONE, row.phone()),
                        personal.lookup(LookupKind.EMAIL, row.email()), personal.currentKey(), personal.lookupKeyId(),
                        row.gender(), row.unitCode(), row.residenceCode(), row.groupCode(), row.passwordHash(),
                        Timestamp.from(row.consentAt()), row.consentVersion(), row.registeredAt() == null ? null : Timestamp.from(row.registeredAt()))
                .update();
        return id;
    }

    private boolean takenUnderPreviousKey(NewRow row) {
        List<byte[]> cccd = personal.lookups(LookupKind.CCCD, row.cccd());
        List<byte[]> phone = personal.lookups(LookupKind.PHONE, row.phone());
        return jdbc.sql("select exists (select 1 from contestant where contest_id = ? and (cccd_lookup = ? or phone_lookup = ?))")
                .params(row.contestId(), cccd.get(1), phone.get(1)).query(Boolean.class).single();
    }

    /** A contestant's validated, normalised values as they go in; registered now when {@code registeredAt} is null. */
    public record NewRow(UUID contestId, String fullName, String cccd, String phone, String email, LocalDate birthDate,
                         String gender, String address, String unitCode, String residenceCode, String groupCode,
                         String passwordHash, String consentVersion, Instant consentAt, Instant registeredAt,
                         String registeredFrom) {
    }
}
