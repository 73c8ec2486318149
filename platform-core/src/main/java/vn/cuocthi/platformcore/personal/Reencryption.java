package vn.cuocthi.platformcore.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves sealed values to the current key after a rotation, a batch of rows per transaction, so the old key can
 * leave {@code CUOCTHI_DATA_KEYS} once no row names it ({@code select count(*) from contestant where data_key <> N},
 * the same of {@code exam_session}, in each province, or this job's log line): contestants, sessions' contacts and
 * contests' exclusion lists. Every node schedules it; the province's lease ({@link JobLock}) lets
 * one run at a time, and it is idempotent: a row already under the current key is not touched.
 */
@Component
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    static final List<String> SEALED = List.of("cccd", "phone", "email", "birth_date", "address", "registered_from");
    static final List<String> SESSION_SEALED = List.of("contact_name", "contact_phone");
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final TransactionTemplate transaction;
    private final JobLock lock;
    private final SealedExclusions exclusions;

    public Reencryption(JdbcClient jdbc, PersonalData personal, PlatformTransactionManager transactions, JobLock lock,
                        SealedExclusions exclusions) {
        this.exclusions = exclusions;
        this.jdbc = jdbc;
        this.personal = personal;
        this.transaction = new TransactionTemplate(transactions);
        this.lock = lock;
    }

    @Scheduled(fixedDelayString = "${cuocthi.personal-data.reencrypt-every:10m}",
            initialDelayString = "${cuocthi.personal-data.reencrypt-every:10m}")
    public void runAll() {
        lock.everyProvince("personal-data-reencryption", this::runHere);
    }

    /** The current province's pass: how many rows (contestants, sessions, contests) it moved to the current key. */
    public int runHere() {
        int moved = move("contestant", SEALED) + move("exam_session", SESSION_SEALED) + exclusions.reseal();
        if (moved > 0) {
            log.info("Re-encrypted the personal data of {} row(s) under key {}", moved, personal.currentKey());
        }
        return moved;
    }

    /** Re-seals the {@code columns} ({@code <column>_sealed}) of the table's rows under another key, by batches. */
    private int move(String table, List<String> columns) {
        String select = "select id, " + columns.stream().map(c -> c + "_sealed").collect(Collectors.joining(", "))
                + " from " + table + " where data_key <> ? limit ? for update skip locked";
        String update = "update " + table + " set " + columns.stream().map(c -> c + "_sealed = ?").collect(Collectors.joining(", "))
                + ", data_key = ? where id = ?";
        int moved = 0;
        int batch;
        do {
            batch = transaction.execute(status -> jdbc.sql(select).params(personal.currentKey(), BATCH)
                    .query((rs, row) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        List<Object> values = new ArrayList<>();
                        for (String column : columns) {
                            values.add(personal.seal(column, id, personal.open(column, id, rs.getBytes(column + "_sealed"))));
                        }
                        values.add(personal.currentKey());
                        values.add(id);
                        jdbc.sql(update).params(values).update();
                        return id;
                    }).list().size());
            moved += batch;
        } while (batch == BATCH);
        return moved;
    }
}
