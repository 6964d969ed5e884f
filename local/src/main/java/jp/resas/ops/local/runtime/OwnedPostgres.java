package jp.resas.ops.local.runtime;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server this process started on a data directory, as a child process of this JVM: it
 * is stopped by {@link #stop()} and by a shutdown hook on a normal exit; if it dies it can be started
 * again on the same port. Every connection authenticates with scram-sha-256 and the directory's
 * password; fsync and synchronous commit are on unless the caller asks for a throwaway server (tests).
 * A server left running by an owner that was killed (found through {@code postmaster.pid}) is stopped
 * before this one starts, so a directory never has two.
 */
final class OwnedPostgres {

    static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(OwnedPostgres.class);
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP = Duration.ofSeconds(30);
    private static final String HBA = """
            # Written by resas-ops: every connection authenticates with the password in ../postgres-password.
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            """;

    private final Path pgData;
    private final String password;
    private final boolean durable;
    private final int port;
    private final Thread shutdownHook;
    private volatile Process process;
    private volatile boolean stopped;

    private OwnedPostgres(Path pgData, String password, boolean durable, int port) {
        this.pgData = pgData;
        this.password = password;
        this.durable = durable;
        this.port = port;
        this.shutdownHook = new Thread(this::stopQuietly, "postgres-stop-" + pgData);
    }

    /** Initialises (or upgrades to a password) the cluster of {@code dataDir} and starts its server. */
    static OwnedPostgres start(Path dataDir, boolean durable) {
        Path pgData = dataDir.resolve("postgres");
        stopOrphan(pgData);
        String password;
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            password = DatabasePassword.readOrCreate(dataDir);
            run(List.of(program("initdb"), "-A", "scram-sha-256", "--pwfile=" + dataDir.resolve(DatabasePassword.FILE),
                    "-U", SUPERUSER, "-D", pgData.toString(), "-E", "UTF-8"), null);
            writeHba(pgData);
            LOG.info("initialised the PostgreSQL cluster in {}", pgData);
        } else if (trusts(pgData) || DatabasePassword.read(dataDir).isEmpty()) {
            password = DatabasePassword.readOrCreate(dataDir);
            // A directory from before passwords: set one in single-user mode, so no server ever runs with trust.
            run(List.of(program("postgres"), "--single", "-D", pgData.toString(), SUPERUSER),
                    "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "';\n");
            writeHba(pgData);
            LOG.info("gave the PostgreSQL cluster in {} a password (kept in {}) and required it", pgData,
                    dataDir.resolve(DatabasePassword.FILE));
        } else {
            password = DatabasePassword.read(dataDir).orElseThrow();
        }
        OwnedPostgres server = new OwnedPostgres(pgData, password, durable, freePort());
        server.launch();
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        return server;
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Starts the server again after it died, on the same port; false if it could not (yet). */
    synchronized boolean restart() {
        if (stopped || isRunning()) {
            return !stopped;
        }
        try {
            launch();
            return true;
        } catch (RuntimeException e) {
            LOG.debug("the PostgreSQL server in {} did not start again yet: {}", pgData, e.getMessage());
            return false;
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended) and waits until it has. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already exiting: the hook is running or has run
        }
    }

    private void stopQuietly() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        signal(current.pid(), "INT");
        try {
            if (!current.waitFor(30, TimeUnit.SECONDS)) {
                current.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(program("postgres"), "-D", pgData.toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=localhost", "-c", "unix_socket_directories=",
                "-c", "password_encryption=scram-sha-256", "-c", "max_connections=300", "-c", "timezone=UTC",
                "-c", "fsync=" + onOff(durable), "-c", "synchronous_commit=" + onOff(durable),
                "-c", "full_page_writes=" + onOff(durable)));
        Path log = pgData.resolve("server.log");
        try {
            process = new ProcessBuilder(prefixed(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + pgData, e);
        }
        long deadline = System.nanoTime() + STARTUP.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL in " + pgData + " exited with " + process.exitValue()
                        + " while starting; see " + log);
            }
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            pause(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("PostgreSQL in " + pgData + " did not accept connections within "
                + STARTUP.toSeconds() + " s: " + (last == null ? "" : last.getMessage()) + "; see " + log);
    }

    Connection connect(String database) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2");
        return DriverManager.getConnection(LocalDatabase.url(port, database), properties);
    }

    /**
     * A server still running on {@code pgData} although nobody holds the directory's lock was left by an
     * owner that was killed: it is stopped (fast shutdown, its data kept) before a new one may start.
     */
    private static void stopOrphan(Path pgData) {
        Optional<ProcessHandle> orphan = postmaster(pgData);
        if (orphan.isEmpty()) {
            return;
        }
        long pid = orphan.get().pid();
        LOG.warn("stopping the PostgreSQL server (pid {}) left running on {} by a resas-ops process that ended", pid, pgData);
        signal(pid, "INT");
        try {
            orphan.get().onExit().get(ORPHAN_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL server (pid " + pid + ") left running on " + pgData
                    + " did not stop within " + ORPHAN_STOP.toSeconds() + " s; stop it, then start again");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the orphaned PostgreSQL server " + pid);
        }
    }

    /** The live postmaster named in {@code postmaster.pid} (its first line), if it is a PostgreSQL process. */
    static Optional<ProcessHandle> postmaster(Path pgData) {
        try {
            Path pidFile = pgData.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().map(command -> command.endsWith("postgres")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the cluster still lets anyone in without a password (made before passwords were required). */
    private static boolean trusts(Path pgData) {
        try {
            return Files.readAllLines(pgData.resolve("pg_hba.conf")).stream()
                    .map(String::strip).filter(line -> !line.startsWith("#") && !line.isEmpty())
                    .anyMatch(line -> !line.endsWith("scram-sha-256"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pgData.resolve("pg_hba.conf"), e);
        }
    }

    private static void writeHba(Path pgData) {
        try {
            Files.writeString(pgData.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pgData.resolve("pg_hba.conf"), e);
        }
    }

    private static void run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(prefixed(command)).redirectErrorStream(true).start();
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IllegalStateException(command.get(0) + " failed (exit " + process.exitValue() + "): " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** PostgreSQL refuses to run as root; as zonky does, a root user runs it in its own user namespace. */
    private static List<String> prefixed(List<String> command) {
        if (!LinuxUtils.isUnshareAvailable()) {
            return command;
        }
        List<String> unshared = new ArrayList<>(List.of("unshare", "-U"));
        unshared.addAll(command);
        return unshared;
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal PostgreSQL process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String program(String name) {
        return PostgresBinaries.program(name);
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for PostgreSQL", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
