package jp.resas.ops.local.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The statements some work sends, counted in the embedded server's log ({@code server.log} in its data directory)
 * with {@code log_statement = all} switched on for that work alone; BEGIN and COMMIT count (each a round trip, or
 * sent with the next statement), the switching itself does not. The settings go through a connection of the pool,
 * outside the application's transaction management.
 */
public final class StatementLog {

    private static final Pattern LOGGED = Pattern.compile("LOG:  (?:statement|execute [^:]*): (.*)");

    /** Every statement counted, and how often each (its first 90 characters) came. */
    public record Count(int total, Map<String, Integer> shapes) {
    }

    private StatementLog() {
    }

    public static Count count(DataSource dataSource, Path log, Runnable work) throws SQLException, IOException {
        try (Connection connection = (dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class) : dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            long offset = Files.size(log);
            statement.execute("ALTER SYSTEM SET log_statement = 'all'");
            statement.execute("SELECT pg_reload_conf()");
            awaitSetting(statement, "all");
            try {
                work.run();
            } finally {
                statement.execute("ALTER SYSTEM RESET log_statement");
                statement.execute("SELECT pg_reload_conf()");
                awaitSetting(statement, "none");
            }
            Map<String, Integer> shapes = new LinkedHashMap<>();
            int total = 0;
            String text = Files.readString(log).substring((int) Math.min(offset, Files.size(log)));
            Matcher m = LOGGED.matcher(text);
            while (m.find()) {
                String sql = m.group(1).strip();
                if (sql.startsWith("ALTER SYSTEM") || sql.startsWith("SELECT pg_reload_conf") || sql.startsWith("SHOW ")) {
                    continue;
                }
                total++;
                shapes.merge(sql.length() > 90 ? sql.substring(0, 90) + "…" : sql, 1, Integer::sum);
            }
            return new Count(total, shapes);
        }
    }

    private static void awaitSetting(Statement statement, String value) throws SQLException {
        for (int i = 0; i < 200; i++) {
            try (ResultSet rs = statement.executeQuery("SHOW log_statement")) {
                if (rs.next() && value.equals(rs.getString(1))) {
                    return;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        throw new SQLException("log_statement did not become " + value);
    }
}
