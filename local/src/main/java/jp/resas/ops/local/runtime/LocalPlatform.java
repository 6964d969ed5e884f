package jp.resas.ops.local.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import javax.sql.DataSource;
import jp.resas.ops.platform.jdbc.DatabaseAvailability;
import jp.resas.ops.platform.security.LocalSecurity;

/**
 * The platform's context on one machine: the database of a data directory and tokens signed with that
 * directory's secret. Closing it stops what it started, the database included.
 */
public final class LocalPlatform implements AutoCloseable {

    private final LocalDatabase database;
    private final ApplicationContext context;
    private final LocalSweeps sweeps;

    private LocalPlatform(LocalDatabase database, ApplicationContext context) {
        this.database = database;
        this.context = context;
        // The notification sweep's trigger and re-arming, in-process (Lambda and EventBridge Scheduler in AWS).
        this.sweeps = LocalSweeps.connect(context, java.time.Clock.systemUTC());
    }

    /** Starts the context (database migrated), without an HTTP server. */
    /** Where the API listens unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    public static LocalPlatform start(Path dataDir, LocalDatabase database) {
        return new LocalPlatform(database, context(dataDir, database, LOOPBACK, -1));
    }

    /** As {@link #start(Path, LocalDatabase)}, with settings that override the local ones (e.g. a benchmark's pool). */
    public static LocalPlatform start(Path dataDir, LocalDatabase database, Map<String, Object> settings) {
        return new LocalPlatform(database, context(dataDir, database, LOOPBACK, -1, settings));
    }

    /**
     * Starts the context and serves the API on {@code port} of the loopback interface only; with port 0
     * the system chooses a free one, read back with {@link #port()} (no race with another process).
     */
    public static LocalPlatform serve(Path dataDir, LocalDatabase database, int port) {
        return serve(dataDir, database, LOOPBACK, port);
    }

    /** Starts the context and serves the API on {@code host}:{@code port}. */
    public static LocalPlatform serve(Path dataDir, LocalDatabase database, String host, int port) {
        LocalPlatform platform = new LocalPlatform(database, context(dataDir, database, host, port));
        try {
            platform.context.getBean(EmbeddedServer.class).start();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** The port the API is served on (the one the system chose when asked for port 0). */
    public int port() {
        return context.getBean(EmbeddedServer.class).getPort();
    }

    /**
     * Starts the context and watches the database for it; port 0 is Micronaut's -1: the server binds port
     * 0 and the system chooses. if it cannot start (e.g. a migration fails), the
     * database is stopped again.
     */
    private static ApplicationContext context(Path dataDir, LocalDatabase database, String host, int port) {
        return context(dataDir, database, host, port, Map.of());
    }

    private static ApplicationContext context(Path dataDir, LocalDatabase database, String host, int port,
            Map<String, Object> settings) {
        try {
            Map<String, Object> properties = properties(dataDir, database, Map.of("micronaut.server.port", port == 0 ? -1 : port,
                    "micronaut.server.host", host));
            properties.putAll(settings);
            ApplicationContext context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .properties(properties)
                    .start();
            database.watch(context.getBean(DatabaseAvailability.class), () -> evictPool(context));
            return context;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Connections opened before an outage are dead: dropped quietly instead of each failing its validation. */
    private static void evictPool(ApplicationContext context) {
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the connection pool: " + e.getMessage(), e);
        }
    }

    public ApplicationContext context() {
        return context;
    }

    /** Starts {@code incident-notify} in-process soon (as the alarm intake does when a page waits). */
    public void sweepSoon() {
        sweeps.sweepSoon();
    }

    public String databaseUrl() {
        return database.url();
    }

    /** A plain JDBC connection to the platform's database, outside its pool (benchmarks own their transactions). */
    public java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    @Override
    public void close() {
        try {
            sweeps.close();
            context.close();
        } finally {
            database.close();
        }
    }

    private static Map<String, Object> properties(Path dataDir, LocalDatabase database, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", database.user());
        properties.put("datasources.default.password", database.password());
        // One machine: a database that does not answer within 2 s is down (503 DATABASE_UNAVAILABLE), not slow.
        properties.put("datasources.default.connection-timeout", 2000);
        properties.put("datasources.default.validation-timeout", 1000);
        properties.putAll(LocalSecurity.properties(LocalSecurity.secret(dataDir)));
        properties.put("resas.pipeline.raw-dir", dataDir.resolve("objects").toString());
        properties.put("resas.attachments.directory", dataDir.resolve("attachments").toString());
        return properties;
    }
}
