package vn.cuocthi.platformcore.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A node started while PostgreSQL is not up yet (the whole stack booting together, a database restart) waits for it,
 * saying so on one line per try, instead of failing with a pool's stack trace; after
 * {@code cuocthi.startup.database-wait} (default 5 minutes) it gives up with a clear message.
 */
@Component
class DatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Duration patience;

    DatabaseWait(DataSource dataSource, @Value("${cuocthi.startup.database-wait:5m}") Duration patience) {
        this.dataSource = dataSource;
        this.patience = patience;
    }

    void await() {
        long deadline = System.nanoTime() + patience.toNanos();
        Duration pause = Duration.ofSeconds(1);
        for (int attempt = 1; ; attempt++) {
            try {
                try (Connection ignored = connect()) {
                    if (attempt > 1) {
                        log.info("PostgreSQL at {} is reachable; starting", where());
                    }
                    return;
                }
            } catch (SQLException | RuntimeException e) {
                if (System.nanoTime() + pause.toNanos() > deadline) {
                    throw new IllegalStateException("PostgreSQL at " + where() + " was not reachable within " + patience
                            + " (cuocthi.startup.database-wait): " + e.getMessage(), e);
                }
                log.warn("PostgreSQL at {} is not reachable ({}); trying again in {} s (attempt {}, waiting up to {})",
                        where(), e.getMessage(), pause.toSeconds(), attempt, patience);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Straight to the driver when the pool is Hikari: a pool that fails to start logs a stack trace per try. */
    private Connection connect() throws SQLException {
        HikariDataSource hikari = hikari();
        if (hikari != null) {
            java.util.Properties credentials = new java.util.Properties();
            if (hikari.getUsername() != null) {
                credentials.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                credentials.setProperty("password", hikari.getPassword());
            }
            credentials.setProperty("connectTimeout", "5");
            return java.sql.DriverManager.getConnection(hikari.getJdbcUrl(), credentials);
        }
        return dataSource.getConnection();
    }

    private String where() {
        HikariDataSource hikari = hikari();
        return hikari != null ? hikari.getJdbcUrl().replaceAll("password=[^&]*", "password=***") : "the configured data source";
    }

    /** The pool under the tenant-schema wrapper, if it is Hikari with a URL. */
    private HikariDataSource hikari() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                return hikari.getJdbcUrl() != null ? hikari : null;
            }
        } catch (SQLException e) {
            return null;
        }
        return null;
    }
}
