package vn.cuocthi.localinfra;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What bin/run's JVM does to the embedded servers, in a JVM of its own that {@link CrashRecoveryTest} can kill:
 * {@code write <folder> <value>} starts PostgreSQL on the folder and Redis, commits the value, says READY and waits
 * to be killed; {@code read <folder>} starts PostgreSQL on the folder, prints the committed values and exits.
 */
public final class CrashingOwner {

    private CrashingOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Path.of(args[1]));
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists answer (value text not null)");
            if (args[0].equals("write")) {
                EmbeddedRedisServer.start();
                statement.execute("insert into answer values ('" + args[2] + "')"); // autocommit: acknowledged
                System.out.println("READY");
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select value from answer order by value")) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            System.out.println("VALUES " + String.join(",", values));
        }
        System.exit(0);
    }
}
