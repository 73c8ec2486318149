package vn.cuocthi.platformcore.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The one place that thinks about schemas: every connection leaving the pool gets the search path of the
 * current tenant (or {@code platform} when there is none), and gets {@code platform} back before it returns
 * to the pool, so a connection never carries one province's schema into another's request.
 */
public class TenantSchemaDataSource extends DelegatingDataSource {

    public static final String PLATFORM_SCHEMA = "platform";
    private static final Logger log = LoggerFactory.getLogger(TenantSchemaDataSource.class);

    public TenantSchemaDataSource(DataSource pool) {
        super(pool);
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
        try {
            setSearchPath(connection, schema);
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(ConnectionProxy.class.getClassLoader(),
                new Class<?>[] {ConnectionProxy.class}, new ResettingOnClose(connection));
    }

    static void setSearchPath(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // schema names come from validated slugs; quoting keeps it an identifier all the same
            statement.execute("SET search_path TO \"" + schema.replace("\"", "") + "\"");
        }
    }

    private void release(Connection connection) throws SQLException {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                setSearchPath(connection, PLATFORM_SCHEMA);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not reset the schema of a connection; evicting it from the pool", e);
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
        private boolean closed;

        ResettingOnClose(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        release(target);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || target.isClosed();
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
