package jp.resas.ops.local.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a data directory. If a server already runs on that directory (another
 * {@code resas-ops} process), it is reused; otherwise one is started and stopped on {@link #close()}.
 */
public final class LocalDatabase implements AutoCloseable {

    static final String DATABASE = "resasops";
    private static final Logger LOG = LoggerFactory.getLogger(LocalDatabase.class);

    private final EmbeddedPostgres owned;
    private final String url;
    private final String user;
    private final String password;

    private LocalDatabase(EmbeddedPostgres owned, String url, String user, String password) {
        this.owned = owned;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** An existing server the user named with {@code --db-url}; never started or stopped here. */
    public static LocalDatabase external(String url, String user, String password) {
        return new LocalDatabase(null, url, user, password);
    }

    public static LocalDatabase open(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        Optional<Integer> running = runningPort(pgData);
        if (running.isPresent()) {
            LOG.info("reusing the PostgreSQL server already running on {} (port {})", pgData, running.get());
            return new LocalDatabase(null, url(running.get()), "postgres", "postgres");
        }
        try {
            Files.createDirectories(pgData);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .start();
            createDatabase(server.getPort());
            LOG.info("started embedded PostgreSQL on {} (port {})", pgData, server.getPort());
            return new LocalDatabase(server, url(server.getPort()), "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL in " + pgData + ": " + e.getMessage(), e);
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
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** PostgreSQL writes its port on the fourth line of postmaster.pid while it runs. */
    private static Optional<Integer> runningPort(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
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

    private static void createDatabase(int port) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
             Statement statement = connection.createStatement()) {
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
