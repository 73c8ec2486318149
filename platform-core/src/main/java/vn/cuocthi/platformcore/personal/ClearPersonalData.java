package vn.cuocthi.platformcore.personal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * Seals the contestants still stored in clear (schemas from before tenant-0.6) and drops the clear columns, in the
 * current province's schema, right after its Liquibase run; the same for what tenant-0.7 seals (the address a
 * registration came from, sessions' contacts, contests' exclusion lists). Liquibase cannot do it: it has no key. One transaction
 * holding the table's lock, so two nodes starting together do it once and a failure leaves the clear columns
 * as they were (the province then answers 503 on this node, like any failed migration). A schema without the clear
 * columns has nothing to do.
 */
@Component
public class ClearPersonalData {

    private static final Logger log = LoggerFactory.getLogger(ClearPersonalData.class);

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final TransactionTemplate transaction;
    private final SealedExclusions exclusions;

    public ClearPersonalData(JdbcClient jdbc, PersonalData personal, PlatformTransactionManager transactions,
                             SealedExclusions exclusions) {
        this.exclusions = exclusions;
        this.jdbc = jdbc;
        this.personal = personal;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void seal() {
        sealContestants();
        sealColumns("contestant", List.of("registered_from"), null);
        sealColumns("exam_session", List.of("contact_name", "contact_phone"), "data_key");
        int contests = exclusions.sealClear();
        if (contests > 0) {
            log.info("Sealed the exclusion lists of {} contest(s)", contests);
        }
    }

    private void sealContestants() {
        if (!hasColumn("contestant", "cccd")) {
            return;
        }
        Integer sealed = transaction.execute(status -> {
            jdbc.sql("lock table contestant in share row exclusive mode").update();
            if (!hasColumn("contestant", "cccd")) {
                return 0; // another node did it while this one waited for the lock
            }
            int rows = jdbc.sql("""
                    select id, cccd, phone, email, birth_date, address from contestant
                    where coalesce(cccd, phone, email, address) is not null or birth_date is not null""")
                    .query((rs, row) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        Date birth = rs.getDate("birth_date");
                        String cccd = PersonalNumbers.cccd(rs.getString("cccd")).orElse(null);
                        String phone = PersonalNumbers.mobile(rs.getString("phone")).orElse(null);
                        String email = rs.getString("email");
                        jdbc.sql("""
                                update contestant set cccd_sealed = ?, phone_sealed = ?, email_sealed = ?,
                                    birth_date_sealed = ?, address_sealed = ?, cccd_lookup = ?, phone_lookup = ?,
                                    email_lookup = ?, data_key = ? where id = ?""")
                                .params(personal.seal("cccd", id, cccd), personal.seal("phone", id, phone),
                                        personal.seal("email", id, email),
                                        personal.seal("birth_date", id, birth == null ? null : birth.toLocalDate().toString()),
                                        personal.seal("address", id, rs.getString("address")),
                                        personal.lookup(LookupKind.CCCD, cccd), personal.lookup(LookupKind.PHONE, phone),
                                        personal.lookup(LookupKind.EMAIL, email), personal.currentKey(), id)
                                .update();
                        return 1;
                    }).list().size();
            jdbc.sql("alter table contestant drop column cccd, drop column phone, drop column email,"
                    + " drop column birth_date, drop column address").update();
            jdbc.sql("alter table contestant validate constraint contestant_login").update();
            return rows;
        });
        log.info("Sealed the personal data of {} contestant(s) and dropped the clear columns", sealed);
    }

    /**
     * Seals the clear {@code columns} of the table (tenant-0.7: the address registered from, sessions' contacts) into
     * {@code <column>_sealed}, then drops them; the key's id goes in {@code keyColumn} when the table has one.
     */
    private void sealColumns(String table, List<String> columns, String keyColumn) {
        if (!hasColumn(table, columns.getFirst())) {
            return;
        }
        Integer sealed = transaction.execute(status -> {
            jdbc.sql("lock table " + table + " in share row exclusive mode").update();
            if (!hasColumn(table, columns.getFirst())) {
                return 0;
            }
            String update = "update " + table + " set " + columns.stream().map(c -> c + "_sealed = ?")
                    .collect(Collectors.joining(", ")) + (keyColumn == null ? "" : ", " + keyColumn + " = ?") + " where id = ?";
            int rows = jdbc.sql("select id, " + String.join(", ", columns) + " from " + table).query((rs, row) -> {
                UUID id = rs.getObject("id", UUID.class);
                List<Object> values = new ArrayList<>();
                for (String column : columns) {
                    values.add(personal.seal(column, id, rs.getString(column)));
                }
                if (keyColumn != null) {
                    values.add(personal.currentKey());
                }
                values.add(id);
                jdbc.sql(update).params(values).update();
                return 1;
            }).list().size();
            jdbc.sql("alter table " + table + " " + columns.stream().map(c -> "drop column " + c)
                    .collect(Collectors.joining(", "))).update();
            return rows;
        });
        log.info("Sealed {} of {} row(s) of {} and dropped the clear columns", columns, sealed, table);
    }

    private boolean hasColumn(String table, String column) {
        return jdbc.sql("""
                select exists (select 1 from information_schema.columns
                               where table_schema = current_schema() and table_name = ? and column_name = ?)""")
                .params(table, column).query(Boolean.class).single();
    }
}
