package jp.resas.ops.local.runtime;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
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
    static final int START_ATTEMPTS = 5;
    static final int FIRST_PORT = 20000;
    static final int LAST_PORT = 32767;
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
        return start(dataDir, durable, OwnedPostgres::candidatePort);
    }

    /**
     * As {@link #start(Path, boolean)}, the ports to try given by {@code ports}. PostgreSQL cannot bind port 0 and
     * say which port it got, so a port is chosen first and may be taken by someone else before the server binds it:
     * a start that fails on a port conflict is tried again on the next port, {@value #START_ATTEMPTS} times at most.
     */
    static OwnedPostgres start(Path dataDir, boolean durable, IntSupplier ports) {
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
        List<Integer> taken = new ArrayList<>();
        while (true) {
            OwnedPostgres server = new OwnedPostgres(pgData, password, durable, ports.getAsInt());
            try {
                server.launch();
            } catch (PortTakenException e) {
                taken.add(server.port);
                if (taken.size() >= START_ATTEMPTS) {
                    throw new IllegalStateException("PostgreSQL in " + pgData + " could not start: ports " + taken
                            + " were each taken by another process; see " + pgData.resolve("server.log"), e);
                }
                LOG.info("port {} was taken before PostgreSQL could bind it; trying another", server.port);
                continue;
            }
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            return server;
        }
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
        long offset;
        try {
            offset = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(prefixed(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + pgData, e);
        }
        long deadline = System.nanoTime() + STARTUP.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (portTaken(logSince(log, offset))) {
                // Also when it bound one loopback address but not the other: connections would reach the other holder.
                stopQuietly();
                throw new PortTakenException("port " + port + " is taken by another process");
            }
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

    /**
     * A port to try: random in {@value #FIRST_PORT}..{@value #LAST_PORT}, below Linux's ephemeral range (32768 and
     * up) so that no outgoing connection of this machine holds it; a taken one is found when PostgreSQL binds.
     */
    private static int candidatePort() {
        return ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT + 1);
    }

    /** The log since {@code offset}: what this start of the server wrote. */
    private static String logSince(Path log, long offset) {
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(log)) {
            long length = channel.size() - offset;
            if (length <= 0) {
                return "";
            }
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate((int) Math.min(length, 1 << 20));
            channel.position(offset);
            while (bytes.hasRemaining() && channel.read(bytes) > 0) {
                // read what this start wrote (at most 1 MiB)
            }
            return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Someone else holds the port on a loopback address (PostgreSQL logs {@code could not bind IPv4 address
     * "127.0.0.1": Address already in use}). Not a missing IPv6 loopback ({@code Cannot assign requested address}),
     * which it logs too and goes on without.
     */
    private static boolean portTaken(String log) {
        return log.contains("Address already in use");
    }

    /** Start-up failed because the port was taken. */
    static final class PortTakenException extends IllegalStateException {

        PortTakenException(String message) {
            super(message);
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
