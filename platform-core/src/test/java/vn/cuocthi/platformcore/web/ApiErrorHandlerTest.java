package vn.cuocthi.platformcore.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are a busy or unreachable database (503 with Retry-After) rather than a defect (500). */
class ApiErrorHandlerTest {

    @Test
    void aPoolThatGaveNoConnectionInTimeIsAnOverload() {
        // what Hikari throws when every connection is busy for the whole wait, as Spring wraps it
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms");
        assertThat(ApiErrorHandler.isOverload(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout))).isTrue();
        assertThat(ApiErrorHandler.isOverload(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new RuntimeException(timeout)))).isTrue();
        assertThat(ApiErrorHandler.isOverload(timeout)).isTrue();
    }

    @Test
    void aConnectionBrokenByARestartingDatabaseIsAnOverload() {
        // what PostgreSQL says to a connection when it shuts down or is still starting, as Spring translates it
        assertThat(ApiErrorHandler.isOverload(new org.springframework.dao.DataAccessResourceFailureException("I/O error",
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(ApiErrorHandler.isOverload(new RuntimeException(
                new java.sql.SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(ApiErrorHandler.isOverload(new java.sql.SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(ApiErrorHandler.isOverload(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
        // "Application exception overridden by rollback exception": the rollback found the pool's connection closed
        assertThat(ApiErrorHandler.isOverload(new org.springframework.transaction.TransactionSystemException(
                "Unable to rollback against JDBC Connection", new java.sql.SQLException("Connection is closed")))).isTrue();
        assertThat(ApiErrorHandler.isOverload(new java.sql.SQLException("Connection is closed for maintenance", "42000"))).isFalse();
    }

    @Test
    void aDefectIsNotAnOverload() {
        assertThat(ApiErrorHandler.isOverload(new IllegalStateException("bug"))).isFalse();
        assertThat(ApiErrorHandler.isOverload(new RuntimeException(new NullPointerException()))).isFalse();
    }
}
