package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.resas.ops.platform.security.LocalSecurity;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code resas-ops local} as a real process, its PostgreSQL's postmaster killed with {@code kill -9}:
 * {@code /health} says DOWN (503) at once, the API answers 503 DATABASE_UNAVAILABLE, a portal page says
 * so in Japanese, the runtime starts the server again and serves without a restart; the outage is one
 * WARN line and its end one INFO line. The server runs durable (fsync on) and requires its password.
 */
class DatabaseOutageTest {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void postmasterKilled_answers503AtOnce_restartsTheServer_andRecoversWithoutARestart() throws Exception {
        try (ResasOpsProcess local = ResasOpsProcess.start(dataDir.resolve("logs"), "local", "--data-dir",
                dataDir.toString(), "--port", "0")) {
            int port = ResasOpsProcess.servedPort(local.awaitLine("RESAS Ops is running"));
            String token = LocalSecurity.issuer(LocalSecurity.secret(dataDir), Clock.systemUTC())
                    .issue("kato", List.of("viewer"), Duration.ofMinutes(10));
            assertThat(get(port, "/incidents", token).statusCode()).isEqualTo(200);

            // Durability: what the running server says, not what we asked for.
            try (Connection connection = ResasOpsProcess.connect(dataDir, ResasOpsProcess.password(dataDir));
                 Statement statement = connection.createStatement()) {
                assertThat(show(statement, "fsync")).isEqualTo("on");
                assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
                assertThat(show(statement, "full_page_writes")).isEqualTo("on");
            }
            assertPasswordRequired();

            long postmaster = ResasOpsProcess.postmasterPid(dataDir);
            assertThat(ProcessHandle.of(postmaster).orElseThrow().parent().map(ProcessHandle::pid))
                    .as("the server is a child of the JVM that started it").contains(local.pid());
            long logBefore = local.stderrLength();

            int pgPort = ResasOpsProcess.postmasterPort(dataDir);
            long killed = System.nanoTime();
            assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();
            // Holding the server's port keeps it from coming back until every check below has run (a
            // restart takes well under a second here); the runtime keeps trying meanwhile.
            List<ServerSocket> held = holdPort(pgPort, killed);
            HttpResponse<String> health = get(port, "/health", null);
            while (health.statusCode() == 200 && System.nanoTime() - killed < PATIENCE.toNanos()) {
                health = get(port, "/health", null);
            }
            long down = System.nanoTime();
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");

            HttpResponse<String> api = get(port, "/incidents", token);
            long apiAnswered = System.nanoTime();
            HttpResponse<String> page = get(port, "/portal/incidents", null);
            // Both were asked while the server was still restarting (/health said DOWN before and after).
            HttpResponse<String> stillDown = get(port, "/health", null);
            assertThat(stillDown.statusCode()).as("the outage lasted through both requests").isEqualTo(503);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("\"error\":\"DATABASE_UNAVAILABLE\"").contains("データベースに接続できません");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("データベースに接続できません").doesNotContain("Exception").doesNotContain("at jp.");
            long released = System.nanoTime();
            for (ServerSocket socket : held) {
                socket.close();
            }

            while (health.statusCode() != 200 && System.nanoTime() - killed < PATIENCE.toNanos()) {
                health = get(port, "/health", null);
            }
            long recovered = System.nanoTime();
            assertThat(health.statusCode()).as("recovered without a restart of resas-ops").isEqualTo(200);
            assertThat(get(port, "/incidents", token).statusCode()).isEqualTo(200);
            long restarted = ResasOpsProcess.postmasterPid(dataDir);
            assertThat(restarted).isNotEqualTo(postmaster);
            LOG.info("kill -9 of the postmaster -> /health 503 in {} ms, API 503 answered {} ms after that;"
                    + " port released {} ms after the kill, recovered {} ms after that", (down - killed) / 1_000_000,
                    (apiAnswered - down) / 1_000_000, (released - killed) / 1_000_000, (recovered - released) / 1_000_000);

            // A normal exit stops the server it owns.
            assertThat(local.terminate()).isNotEqualTo(137);
            assertThat(ProcessHandle.of(restarted).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();

            String outageLog = local.stderr().substring((int) logBefore);
            List<String> warnings = outageLog.lines().filter(line -> line.matches("^\\S+ (WARN|ERROR) .*")).toList();
            assertThat(warnings).as(outageLog).hasSize(1);
            assertThat(warnings.get(0)).contains("database unavailable");
            assertThat(outageLog.lines().filter(line -> line.contains("database available again")).count())
                    .as(outageLog).isEqualTo(1);
        }
    }

    private void assertPasswordRequired() throws IOException {
        for (String password : new String[] {null, "wrong-password"}) {
            Assertions.assertThatThrownBy(() -> ResasOpsProcess.connect(dataDir, password).close())
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "28000", "08004"));
        }
        assertThat(Files.readString(dataDir.resolve("postgres").resolve("pg_hba.conf")).lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank()))
                .isNotEmpty().allMatch(line -> line.strip().endsWith("scram-sha-256"));
    }

    /** Binds the dead server's port on 127.0.0.1 (and ::1 where there is IPv6) as soon as the kernel frees it. */
    private static List<ServerSocket> holdPort(int pgPort, long killed) throws IOException {
        List<ServerSocket> held = new java.util.ArrayList<>();
        for (String address : new String[] {"127.0.0.1", "::1"}) {
            while (System.nanoTime() - killed < PATIENCE.toNanos()) {
                try {
                    held.add(new ServerSocket(pgPort, 1, java.net.InetAddress.getByName(address)));
                    break;
                } catch (java.net.BindException e) {
                    if (address.equals("::1") && e.getMessage() != null && e.getMessage().contains("assign")) {
                        break; // no IPv6 loopback here: PostgreSQL cannot bind it either
                    }
                }
            }
        }
        assertThat(held).as("the port of the killed server").isNotEmpty();
        return held;
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (var rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
