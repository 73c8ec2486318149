package vn.cuocthi.platformcore.personal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * Recomputes every look-up hash under the current look-up key while {@code CUOCTHI_DATA_LOOKUP_KEY_PREVIOUS} is set:
 * contestants' CCCD, phone and e-mail hashes from their opened sealed values (a batch per transaction, each row
 * marked with the key's fingerprint in {@code lookup_key}) and the contests' exclusion lists. Until it is done every
 * look-up also tries the previous key's hash, so sign-in and uniqueness keep working; done when no row of any
 * province has another {@code lookup_key} (this job's log line), after which the previous key is removed. Redis
 * counters keyed by pseudonyms simply start again under the new key. One node per province at a time ({@link JobLock}).
 */
@Component
public class LookupRotation {

    private static final Logger log = LoggerFactory.getLogger(LookupRotation.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final TransactionTemplate transaction;
    private final JobLock lock;
    private final SealedExclusions exclusions;

    public LookupRotation(JdbcClient jdbc, PersonalData personal, PlatformTransactionManager transactions, JobLock lock,
                          SealedExclusions exclusions) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.transaction = new TransactionTemplate(transactions);
        this.lock = lock;
        this.exclusions = exclusions;
    }

    @Scheduled(fixedDelayString = "${cuocthi.personal-data.reencrypt-every:10m}",
            initialDelayString = "${cuocthi.personal-data.reencrypt-every:10m}")
    public void runAll() {
        if (personal.rotatingLookup()) {
            lock.everyProvince("personal-data-lookup-rotation", this::runHere);
        }
    }

    /** The current province's pass: how many contestants and contests it moved to the current look-up key. */
    public int runHere() {
        byte[] current = personal.lookupKeyId();
        int moved = 0;
        int batch;
        do {
            batch = transaction.execute(status -> jdbc.sql("""
                    select id, cccd_sealed, phone_sealed, email_sealed from contestant
                    where lookup_key is distinct from ? limit ? for update skip locked""")
                    .params(current, BATCH)
                    .query((rs, row) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        jdbc.sql("update contestant set cccd_lookup = ?, phone_lookup = ?, email_lookup = ?, lookup_key = ? where id = ?")
                                .params(personal.lookup(LookupKind.CCCD, personal.open("cccd", id, rs.getBytes("cccd_sealed"))),
                                        personal.lookup(LookupKind.PHONE, personal.open("phone", id, rs.getBytes("phone_sealed"))),
                                        personal.lookup(LookupKind.EMAIL, personal.open("email", id, rs.getBytes("email_sealed"))),
                                        current, id)
                                .update();
                        return id;
                    }).list().size());
            moved += batch;
        } while (batch == BATCH);
        moved += exclusions.reseal();
        if (moved > 0) {
            log.info("Recomputed the look-up hashes of {} row(s) under the current look-up key", moved);
        }
        return moved;
    }
}
