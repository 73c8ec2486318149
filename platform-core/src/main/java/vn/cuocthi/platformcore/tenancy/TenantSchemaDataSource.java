package vn.cuocthi.platformcore.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The one place that thinks about schemas: every connection leaving the pool points at the search path of the
 * current tenant (or {@code platform} when there is none), so a connection never carries one province's schema
 * into another's request. The search path each physical connection was last set to is remembered, and the
 * {@code SET} is skipped when it already points there: on the exam morning nearly every checkout is for the
 * province of the previous one, and the two extra round trips per statement (set, then reset on return) were a
 * third of an autosave's. What is remembered is only trusted when this class set it: a connection whose SET
 * failed is evicted, and code that changes the search path itself (Liquibase) gets its connections from
 * {@link #untracked()}, which resets them on release as before.
 */
public class TenantSchemaDataSource extends DelegatingDataSource {

    public static final String PLATFORM_SCHEMA = "platform";
    private static final Logger log = LoggerFactory.getLogger(TenantSchemaDataSource.class);

    /** Physical connection → the schema this class last set on it (weak: evicted connections go with it). */
    private final Map<Connection, String> searchPaths;
    private final boolean tracking;
    private final TenantSchemaDataSource untracked;

    public TenantSchemaDataSource(DataSource pool) {
        super(pool);
        this.searchPaths = Collections.synchronizedMap(new WeakHashMap<>());
        this.tracking = true;
        this.untracked = new TenantSchemaDataSource(pool, searchPaths);
    }

    private TenantSchemaDataSource(DataSource pool, Map<Connection, String> searchPaths) {
        super(pool);
        this.searchPaths = searchPaths;
        this.tracking = false;
        this.untracked = this;
    }

    /**
     * The same pool for code that may change the search path itself: its connections always get the SET, and
     * {@code platform} again on release.
     */
    public DataSource untracked() {
        return untracked;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return checkout(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return checkout(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection checkout(Connection connection) throws SQLException {
        String schema = TenantContext.current().map(Tenant::schema).orElse(PLATFORM_SCHEMA);
        Connection physical;
        try {
            physical = physical(connection);
            // remembered only when the SET was committed on its own (autocommit): a rolled-back SET reverts
            boolean remember = tracking && connection.getAutoCommit();
            String current = searchPaths.remove(physical);
            if (!remember || !schema.equals(current)) {
                setSearchPath(connection, schema);
            }
            if (remember) {
                searchPaths.put(physical, schema);
            }
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(ConnectionProxy.class.getClassLoader(),
                new Class<?>[] {ConnectionProxy.class}, new ResettingOnClose(connection, physical));
    }

    /** The driver's connection behind the pool's per-checkout wrapper: the key that survives checkouts. */
    private static Connection physical(Connection pooled) throws SQLException {
        return pooled.isWrapperFor(Connection.class) ? pooled.unwrap(Connection.class) : pooled;
    }

    static void setSearchPath(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // schema names come from validated slugs; quoting keeps it an identifier all the same
            statement.execute("SET search_path TO \"" + schema.replace("\"", "") + "\"");
        }
    }

    private void release(Connection connection, Connection physical) throws SQLException {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (!tracking) {
                    searchPaths.remove(physical);
                    setSearchPath(connection, PLATFORM_SCHEMA);
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not reset a connection; evicting it from the pool", e);
            searchPaths.remove(physical);
            discard(connection);
            return;
        }
        connection.close();
    }

    private void discard(Connection connection) throws SQLException {
        DataSource target = obtainTargetDataSource();
        if (target.isWrapperFor(HikariDataSource.class)) {
            target.unwrap(HikariDataSource.class).evictConnection(connection);
        } else {
            connection.close();
        }
    }

    private final class ResettingOnClose implements InvocationHandler {
        private final Connection target;
        private final Connection physical;
        private boolean closed;

        ResettingOnClose(Connection target, Connection physical) {
            this.target = target;
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        release(target, physical);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || target.isClosed();
                }
                case "setSchema" -> {
                    searchPaths.remove(physical); // changed behind this class's back: set again next checkout
                }
                case "getTargetConnection" -> {
                    return target;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "TenantSchemaConnection[" + target + "]";
                }
                case "unwrap" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                }
                case "isWrapperFor" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                }
                default -> {
                }
            }
            if (closed) {
                throw new SQLException("Connection is closed");
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
        }
    }
}
