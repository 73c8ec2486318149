package vn.cuocthi.platformcore.personal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves sealed values to the current key after a rotation, a batch of rows per transaction, so the old key can
 * leave {@code CUOCTHI_DATA_KEYS} once no row names it ({@code select count(*) from contestant where data_key <> N}
 * in each province, or this job's log line). Every node schedules it; the province's lease ({@link JobLock}) lets
 * one run at a time, and it is idempotent: a row already under the current key is not touched.
 */
@Component
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    static final List<String> SEALED = List.of("cccd", "phone", "email", "birth_date", "address");
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final TransactionTemplate transaction;
    private final JobLock lock;

    public Reencryption(JdbcClient jdbc, PersonalData personal, PlatformTransactionManager transactions, JobLock lock) {
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

    /** The current province's pass: how many rows it moved to the current key. */
    public int runHere() {
        int moved = 0;
        int batch;
        do {
            batch = transaction.execute(status -> jdbc.sql("""
                    select id, cccd_sealed, phone_sealed, email_sealed, birth_date_sealed, address_sealed from contestant
                    where data_key <> ? limit ? for update skip locked""")
                    .params(personal.currentKey(), BATCH)
                    .query((rs, row) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        Object[] values = new Object[SEALED.size() + 2];
                        for (int i = 0; i < SEALED.size(); i++) {
                            String column = SEALED.get(i);
                            values[i] = personal.seal(column, id, personal.open(column, id, rs.getBytes(column + "_sealed")));
                        }
                        values[SEALED.size()] = personal.currentKey();
                        values[SEALED.size() + 1] = id;
                        jdbc.sql("""
                                update contestant set cccd_sealed = ?, phone_sealed = ?, email_sealed = ?,
                                    birth_date_sealed = ?, address_sealed = ?, data_key = ? where id = ?""")
                                .params(values).update();
                        return id;
                    }).list().size());
            moved += batch;
        } while (batch == BATCH);
        if (moved > 0) {
            log.info("Re-encrypted the personal data of {} contestant(s) under key {}", moved, personal.currentKey());
        }
        return moved;
    }
}
