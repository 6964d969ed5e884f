package jp.resas.ops.local.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.resas.ops.platform.jdbc.DatabaseAvailability;

/**
 * Tells {@link DatabaseAvailability} when the database goes away and comes back. The server this process
 * owns is watched through its process (every 100 ms) and started again when it dies; a server of another
 * process or of {@code --db-url} is probed with a connection (every second) until it answers again.
 */
final class DatabaseWatch implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final DatabaseAvailability availability;
    private final Runnable onOutage;

    private DatabaseWatch(DatabaseAvailability availability, Runnable onOutage) {
        this.availability = availability;
        this.onOutage = onOutage;
    }

    static DatabaseWatch owned(OwnedPostgres server, DatabaseAvailability availability, Runnable onOutage) {
        DatabaseWatch watch = new DatabaseWatch(availability, onOutage);
        watch.timer.scheduleWithFixedDelay(() -> {
            if (server.isRunning()) {
                return;
            }
            if (availability.markDown("the embedded PostgreSQL server (port " + server.port() + ") exited; restarting it")) {
                watch.onOutage.run();
            }
            if (server.restart()) {
                availability.markUp();
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        return watch;
    }

    static DatabaseWatch probing(LocalDatabase database, DatabaseAvailability availability, Runnable onOutage) {
        DatabaseWatch watch = new DatabaseWatch(availability, onOutage);
        watch.timer.scheduleWithFixedDelay(() -> {
            if (answers(database)) {
                availability.markUp();
            } else if (availability.markDown("PostgreSQL at " + database.url() + " does not answer; reconnecting when it does")) {
                watch.onOutage.run();
            }
        }, 1, 1, TimeUnit.SECONDS);
        return watch;
    }

    private static boolean answers(LocalDatabase database) {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        if (database.password() != null) {
            properties.setProperty("password", database.password());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "2");
        try (Connection connection = DriverManager.getConnection(database.url(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
