package jp.resas.ops.local.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL of a data directory. The process holding the directory's lock ({@link DataDirectoryLock})
 * owns the one server on it ({@link OwnedPostgres}): it starts it, restarts it when it dies and stops it on
 * {@link #close()} or exit. Any other process on the directory connects to that server; if the server is
 * down it waits for the owner to bring it back, and never starts a second one.
 */
public final class LocalDatabase implements AutoCloseable {

    static final String DATABASE = "resasops";
    /** {@code false} keeps fsync and synchronous commit off: for tests only (a crash may lose commits). */
    public static final String DURABLE_PROPERTY = "resas.local.database.durable";
    /** How long a process that does not own the server waits for it to come back (seconds). */
    public static final String OWNER_WAIT_PROPERTY = "resas.local.database.owner-wait-seconds";
    private static final Logger LOG = LoggerFactory.getLogger(LocalDatabase.class);

    private final OwnedPostgres owned;
    private final DataDirectoryLock lock;
    private final String url;
    private final String user;
    private final String password;
    private DatabaseWatch watch;

    private LocalDatabase(OwnedPostgres owned, DataDirectoryLock lock, String url, String user, String password) {
        this.owned = owned;
        this.lock = lock;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The server of a data directory could not be used: another process owns it and it is not running. */
    public static final class ServerNotRunningException extends IllegalStateException {
        ServerNotRunningException(String message) {
            super(message);
        }
    }

    /** An existing server the user named with {@code --db-url}; never started or stopped here. */
    public static LocalDatabase external(String url, String user, String password) {
        return new LocalDatabase(null, null, url, user, password);
    }

    /** The data directory's server, durable unless {@value #DURABLE_PROPERTY} is {@code false}. */
    public static LocalDatabase open(Path dataDir) {
        return open(dataDir, !"false".equals(System.getProperty(DURABLE_PROPERTY)));
    }

    public static LocalDatabase open(Path dataDir, boolean durable) {
        Optional<DataDirectoryLock> lock = DataDirectoryLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            return joinOwner(dataDir);
        }
        try {
            OwnedPostgres server = OwnedPostgres.start(dataDir, durable);
            createDatabase(server);
            LOG.info("started PostgreSQL on {} (port {}, pid {}, fsync {})", dataDir.resolve("postgres"), server.port(),
                    server.pid(), durable ? "on" : "off");
            return new LocalDatabase(server, lock.get(), url(server.port(), DATABASE), OwnedPostgres.SUPERUSER,
                    server.password());
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    /** Another process owns the server: use it once it accepts connections, or give up with a clear reason. */
    private static LocalDatabase joinOwner(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        Duration wait = Duration.ofSeconds(Long.getLong(OWNER_WAIT_PROPERTY, 30));
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            Optional<Integer> port = runningPort(pgData);
            Optional<String> password = DatabasePassword.read(dataDir);
            if (port.isPresent() && password.isPresent()) {
                LOG.info("using the PostgreSQL server of {} that process {} owns (port {})", dataDir,
                        DataDirectoryLock.owner(dataDir), port.get());
                return new LocalDatabase(null, null, url(port.get(), DATABASE), OwnedPostgres.SUPERUSER, password.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        throw new ServerNotRunningException("The PostgreSQL server of " + dataDir + " is owned by process "
                + DataDirectoryLock.owner(dataDir) + " (lock " + dataDir.resolve(DataDirectoryLock.FILE)
                + ") and has not been running for " + wait.toSeconds() + " s. Not starting a second server on the same"
                + " directory: try again once that process has restarted it, or stop that process first.");
    }

    /** Watches the server from now on, telling {@code availability} about outages; restarts it if owned. */
    public synchronized void watch(jp.resas.ops.platform.jdbc.DatabaseAvailability availability, Runnable onOutage) {
        if (watch == null) {
            watch = owned != null ? DatabaseWatch.owned(owned, availability, onOutage)
                    : DatabaseWatch.probing(this, availability, onOutage);
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public synchronized void close() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (owned != null) {
            try {
                owned.stop();
            } finally {
                lock.close();
            }
        }
    }

    static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** PostgreSQL writes its port on the fourth line of postmaster.pid while it runs. */
    private static Optional<Integer> runningPort(Path pgData) {
        if (OwnedPostgres.postmaster(pgData).isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
            if (lines.size() < 4) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(3).strip());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return Optional.of(port);
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void createDatabase(OwnedPostgres server) {
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }
}
