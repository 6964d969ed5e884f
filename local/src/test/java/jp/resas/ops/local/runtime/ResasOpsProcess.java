package jp.resas.ops.local.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * {@code resas-ops} as a real child JVM (the test's classpath, no test-only system properties, so its
 * PostgreSQL runs as the product's does), with stderr kept in a file to read the logs afterwards.
 */
final class ResasOpsProcess implements AutoCloseable {

    private final Process process;
    private final Path stderr;
    private final BufferedReader stdout;

    private ResasOpsProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ResasOpsProcess start(Path logs, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("jp.resas.ops.local.cli.ResasOps");
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logs);
            Path stderr = Files.createTempFile(logs, "stderr", ".log");
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            return new ResasOpsProcess(process, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResasOpsProcess start(Path logs, String... args) {
        return start(logs, List.of(), args);
    }

    /** Reads stdout until a line contains {@code text}; fails if the process ends first. */
    String awaitLine(String text) throws IOException {
        for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("resas-ops ended (exit " + exitCode() + ") without printing '" + text + "':\n" + stderr());
    }

    /** The port in {@code local}'s line "RESAS Ops is running on http://HOST:PORT (...)" (asked for with {@code --port 0}). */
    static int servedPort(String runningLine) {
        java.util.regex.Matcher port = java.util.regex.Pattern.compile("http://[^:/ ]+:(\\d+)").matcher(runningLine);
        if (!port.find()) {
            throw new AssertionError("no served port in: " + runningLine);
        }
        return Integer.parseInt(port.group(1));
    }

    /** Waits for the process to end and returns its exit code. */
    int exitCode() {
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("resas-ops did not end within 3 minutes:\n" + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String stdoutRest() throws IOException {
        StringBuilder rest = new StringBuilder();
        for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
            rest.append(line).append('\n');
        }
        return rest.toString();
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long stderrLength() {
        try {
            return Files.size(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** kill -9: the JVM ends without running any shutdown hook. */
    void kill() {
        process.destroyForcibly();
        exitCode();
    }

    /** SIGTERM: a normal exit, shutdown hooks run. */
    int terminate() {
        process.destroy();
        return exitCode();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** The pid of the postmaster running on {@code dataDir} (postmaster.pid, first line). */
    static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).strip());
    }

    /** Its port (fourth line). */
    static int postmasterPort(Path dataDir) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).strip());
    }

    /** A connection to the data directory's server as the superuser, with {@code password} (null: none). */
    static Connection connect(Path dataDir, String password) throws IOException, SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postmasterPort(dataDir) + "/resasops", properties);
    }

    static String password(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("postgres-password")).strip();
    }
}
