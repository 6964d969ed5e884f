package jp.resas.ops.local.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueueFilter;
import jp.resas.ops.ticket.infrastructure.QueueService;
import jp.resas.ops.ticket.infrastructure.QueueSql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resas-ops bench api}: {@code --rows} incidents and as many tickets (one in ten open) on a fresh embedded
 * database; each list endpoint through HTTP (token, JSON, SLA per item: A) against the same SQL through plain JDBC
 * (B), each on {@code --threads} threads, in turn.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "List and queue endpoints through HTTP against the same SQL through plain JDBC, alternated.")
final class ApiBenchCommand implements Callable<Integer> {

    private static final String INCIDENT_COLUMNS = "id, title, severity, status, source, alarm_name, alarm_arn, "
            + "occurrences, opened_at, recovered_at, closed_at";
    private static final String TICKET_COLUMNS = "id, kind, title, priority, status, requester, assignee, due_date, "
            + "fields::text AS fields, created_at, first_responded_at, resolved_at, closed_at, version, "
            + "approved_content::text AS approved_content, content_authors";

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Incidents, and tickets, seeded (default 1000000).")
    int rows;

    @Option(names = "--rounds", defaultValue = "5", description = "A/B pairs per endpoint (default 5).")
    int rounds;

    @Option(names = "--seconds", defaultValue = "3", description = "Length of each side's turn (default 3).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "120",
            description = "Most seconds of warm-up turns before the measured ones; they stop earlier once A's CPU per "
                    + "operation falls by less than a tenth from one to the next (default 120).")
    double warmup;

    @Option(names = "--threads", defaultValue = "8", description = "Concurrent clients on each side (default 8).")
    int threads;

    @Option(names = "--floor", description = "Also GET /health/database (token, one read-only transaction running "
            + "SELECT 1, a two-field JSON answer) against SELECT 1 through JDBC: what the HTTP path costs around any "
            + "query, the floor under the list endpoints' ratio.")
    boolean floor;

    /** One endpoint and its SQL. */
    private record Case(String path, Pairs.Work jdbc) {
    }

    @Override
    public Integer call() throws Exception {
        if (rows < 10 || rounds < 1 || seconds <= 0 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--rows must be at least 10, --rounds and --threads at least 1, --seconds positive");
        }
        // The JDK keeps 5 idle connections a host unless told otherwise: one each for the --threads clients.
        System.setProperty("http.maxConnections", String.valueOf(Math.max(5, threads)));
        Path data = Files.createTempDirectory("resas-api-bench");
        PrintWriter out = spec.commandLine().getOut();
        LocalDatabase database = LocalDatabase.open(data, false);
        try (LocalPlatform platform = LocalPlatform.serve(data, database, 0)) {
            long start = System.nanoTime();
            seed(platform.context().getBean(Sql.class));
            out.printf("seeded %d incidents and %d tickets (one in ten open) in %.1f s%n", rows, rows,
                    (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            int computed = platform.context().getBean(QueueService.class).recomputeDueTimes();
            out.printf("SLA due times of %d open items computed in %.1f s; load %s%n", computed,
                    (System.nanoTime() - start) / 1e9, Pairs.load());
            out.flush();
            String base = "http://127.0.0.1:" + platform.port();
            String token = LocalSecurity.issuer(LocalSecurity.secret(data), Clock.systemUTC())
                    .issue("bench", List.of("operator"), Duration.ofHours(6));
            List<Connection> connections = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                connections.add(DriverManager.getConnection(database.url(), database.user(), database.password()));
            }
            try {
                Pairs pairs = new Pairs(threads, seconds, new CpuMeter(data.resolve("postgres")), warmup);
                out.printf("A: HTTP/1.1 keep-alive, read on the calling thread (as JDBC reads), token, JSON; B: the same "
                        + "SQL through JDBC; %d threads each; CPU/op counts this JVM (server, clients, JIT, GC) and "
                        + "PostgreSQL%n", threads);
                for (Case c : cases(connections)) {
                    URL url = URI.create(base + c.path()).toURL();
                    pairs.compare(out, "GET " + c.path(), thread -> get(url, token), c.jdbc(), rounds, 0);
                }
            } finally {
                for (Connection c : connections) {
                    c.close();
                }
            }
            return 0;
        } finally {
            delete(data);
        }
    }

    private List<Case> cases(List<Connection> connections) {
        String incidents = "SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE TRUE%s ORDER BY opened_at DESC, id DESC "
                + "LIMIT 51";
        String inquiries = "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE kind = 'INQUIRY' ORDER BY created_at DESC, "
                + "id DESC LIMIT 51";
        List<Case> cases = new ArrayList<>(List.of(
                new Case("/incidents?limit=50", thread -> read(connections.get(thread), incidents.formatted(""))),
                new Case("/incidents?status=DETECTED&limit=50",
                        thread -> read(connections.get(thread), incidents.formatted(" AND status = 'DETECTED'"))),
                new Case("/inquiries?limit=50", thread -> pauses(connections.get(thread),
                        read(connections.get(thread), inquiries))),
                new Case("/queues/unassigned?limit=50", thread -> queue(connections.get(thread)))));
        if (floor) {
            cases.add(new Case("/health/database", thread -> read(connections.get(thread), "SELECT 1")));
        }
        return cases;
    }

    /** The two page queries of the unassigned queue and the tickets' pauses, as the API runs them. */
    private static void queue(Connection connection) throws SQLException {
        QueueFilter filter = new QueueFilter(Queue.UNASSIGNED, "bench", Instant.now(), Instant.now());
        List<Object> params = new ArrayList<>();
        read(connection, QueueSql.page(INCIDENT_COLUMNS + ", created_by, assignee, version, responded_at, mitigated_at, "
                + "resolved_at, sla_queue_due_at", "incident", "status <> 'CLOSED'", "created_by", 0, filter,
                Optional.empty(), 51, params).replace("LIMIT ?", "LIMIT 51"));
        params.clear();
        pauses(connection, read(connection, QueueSql.page(TICKET_COLUMNS + ", sla_queue_due_at", "ticket",
                "closed_at IS NULL", "requester", 1, filter, Optional.empty(), 51, params).replace("LIMIT ?", "LIMIT 51")));
    }

    /** Runs a query, reads every column of every row, answers the first column's values. */
    private static List<Long> read(Connection connection, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query); ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                ids.add(rs.getLong(1));
                for (int c = 2; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
        return ids;
    }

    private static void pauses(Connection connection, List<Long> tickets) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT ticket_id, reason, from_at, until_at FROM ticket_pause WHERE ticket_id = ANY (?) ORDER BY from_at")) {
            statement.setArray(1, connection.createArrayOf("bigint", tickets.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    /**
     * One request on a kept-alive connection, written and read on the calling thread, as the JDBC side reads its
     * rows: {@code java.net.http.HttpClient} hands every answer from its selector thread to a worker and then to the
     * caller, three thread switches per request that the JDBC side does not pay, and that cost more than the server's
     * work on a machine with dozens of runnable threads (issue 18).
     */
    static void get(URL url, String token) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
            if (status != 200) {
                throw new IllegalStateException(url + " answered " + status + ": "
                        + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** One in ten open, opened over the last 90 days, a third assigned; a quarter of the tickets of each kind. */
    private void seed(Sql sql) {
        sql.update("""
                INSERT INTO incident (title, severity, status, source, opened_at, closed_at, assignee, created_by)
                SELECT 'ベンチマーク障害 ' || n, 1 + n % 4, CASE WHEN n % 10 = 0 THEN 'DETECTED' ELSE 'CLOSED' END, 'MANUAL',
                       now() - (n % 129600) * interval '1 minute',
                       CASE WHEN n % 10 <> 0 THEN now() - (n % 129600) * interval '1 minute' + interval '1 hour' END,
                       CASE WHEN n % 3 = 0 THEN 'user' || n % 50 END, 'user' || n % 70
                FROM generate_series(1, ?) n
                """, rows);
        sql.update("""
                INSERT INTO ticket (kind, title, priority, status, requester, assignee, created_at, closed_at,
                                    content_authors, fields)
                SELECT k.kind, 'ベンチマーク ' || n, (ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])[1 + n % 4],
                       CASE WHEN n % 10 <> 0 THEN 'CLOSED' ELSE k.initial END, 'user' || n % 500,
                       CASE WHEN n % 3 = 0 THEN 'user' || n % 50 END, now() - (n % 129600) * interval '1 minute',
                       CASE WHEN n % 10 <> 0 THEN now() END, ARRAY['user' || n % 500],
                       jsonb_build_object('body', '本文 ' || n)
                FROM generate_series(1, ?) n
                CROSS JOIN LATERAL (SELECT (ARRAY['INQUIRY', 'WORK_REQUEST', 'CHANGE_REQUEST', 'ISSUE'])[1 + n % 4] AS kind,
                                           (ARRAY['RECEIVED', 'RECEIVED', 'DRAFT', 'OPEN'])[1 + n % 4] AS initial) k
                """, rows);
        sql.update("ANALYZE incident");
        sql.update("ANALYZE ticket");
    }

    static void delete(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }
}
