package jp.resas.ops.local.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.ticket.infrastructure.QueueService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resas-ops bench portal}: the portal's pages rendered (A: session cookie, use cases, Thymeleaf, HTML
 * over HTTP) against the same data read as JSON through the API in the same run (B: bearer token, the same
 * use cases, Jackson), on a fresh embedded database seeded with {@code --tickets}, {@code --incidents} and one
 * data-update run awaiting approval with {@code --findings} findings. A warm-up turn of each side, then A and B
 * alternated; per page the min and median of the p50 ratio (A over B: how many times the API's time a page
 * takes) and of the throughput ratio, A's p50, both bodies' sizes and the load average.
 */
@Command(name = "portal", mixinStandardHelpOptions = true,
        description = "Portal pages (dashboard, incident list, a run's findings) against the same data as JSON "
                + "from the API, alternated.")
final class PortalBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tickets", defaultValue = "1000000", description = "Tickets seeded, all kinds (default 1000000).")
    int tickets;

    @Option(names = "--incidents", defaultValue = "100000", description = "Incidents seeded (default 100000).")
    int incidents;

    @Option(names = "--findings", defaultValue = "10000", description = "Findings of the run awaiting approval (default 10000).")
    int findings;

    @Option(names = "--rounds", defaultValue = "5", description = "A/B pairs per page (default 5).")
    int rounds;

    @Option(names = "--seconds", defaultValue = "3", description = "Length of each side's turn (default 3).")
    double seconds;

    @Option(names = "--threads", defaultValue = "1", description = "Concurrent clients on each side (default 1).")
    int threads;

    @Option(names = "--data-dir", description = "Keep the seeded database in this directory and, when it was seeded "
            + "before, measure on it without seeding again (default: a temporary directory, deleted afterwards).")
    Path dataDir;

    /** One page and the API reads that carry the same data. */
    private record Case(String name, String page, List<String> api) {
    }

    /** What one request of a side answered: its size in bytes. */
    private record Sizes(long page, long api) {
    }

    @Override
    public Integer call() throws Exception {
        if (tickets < 10 || incidents < 10 || findings < 1 || rounds < 1 || seconds <= 0 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--tickets and --incidents must be at "
                    + "least 10, --findings, --rounds and --threads at least 1, --seconds positive");
        }
        Path data = dataDir == null ? Files.createTempDirectory("resas-portal-bench") : dataDir;
        Files.createDirectories(data);
        Path seeded = data.resolve("bench-portal-run");
        PrintWriter out = spec.commandLine().getOut();
        LocalDatabase database = LocalDatabase.open(data, false);
        try (LocalPlatform platform = LocalPlatform.serve(data, database, 0)) {
            long run;
            if (Files.exists(seeded)) {
                run = Long.parseLong(Files.readString(seeded).trim());
                out.printf("reusing the database seeded before in %s (run %d); the size options are ignored%n", data,
                        run);
            } else {
                long start = System.nanoTime();
                run = seed(platform.context().getBean(Sql.class));
                out.printf("seeded %d tickets, %d incidents and run %d with %d findings in %.1f s%n", tickets,
                        incidents, run, findings, (System.nanoTime() - start) / 1e9);
                int computed = platform.context().getBean(QueueService.class).recomputeDueTimes();
                out.printf("SLA due times of %d open items computed; load %s%n", computed, Pairs.load());
                // As autovacuum leaves a table in use: computing the due times of 110 k open items left their entries
                // in the partial index of items without due times, which each dashboard's check for missing due
                // times walked (EXPLAIN at 1 M tickets: 1.6 s cold, 549 index pages warm, 0 rows) until a vacuum.
                Sql sql = platform.context().getBean(Sql.class);
                sql.update("VACUUM ANALYZE ticket");
                sql.update("VACUUM ANALYZE incident");
                if (dataDir != null) {
                    Files.writeString(seeded, Long.toString(run));
                }
            }
            out.flush();
            String base = "http://127.0.0.1:" + platform.port();
            String token = LocalSecurity.issuer(LocalSecurity.secret(data), Clock.systemUTC())
                    .issue("bench", List.of("operator", "approver"), Duration.ofHours(6));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Pairs pairs = new Pairs(threads, seconds, new CpuMeter(data.resolve("postgres")), 0);
            for (Case c : cases(run)) {
                compare(out, pairs, c, http, base, token);
            }
            return 0;
        } finally {
            if (dataDir == null) {
                ApiBenchCommand.delete(data);
            }
        }
    }

    /**
     * The dashboard's data through the API is its four queues' first pages and the recent runs (the API has no
     * single dashboard read, so B is those five requests in a row); the incident list's is {@code GET
     * /incidents}; the run page's is {@code GET /pipeline/runs/{id}} (the run, its steps, its report with every
     * finding).
     */
    private static List<Case> cases(long run) {
        return List.of(
                new Case("dashboard /portal/", "/portal/", List.of("/queues/breached?limit=50",
                        "/queues/due-soon?limit=50", "/queues/mine?limit=50", "/queues/unassigned?limit=50",
                        "/pipeline/runs?limit=100")),
                new Case("incident list /portal/incidents", "/portal/incidents", List.of("/incidents")),
                new Case("run findings /portal/approvals/runs/" + run, "/portal/approvals/runs/" + run,
                        List.of("/pipeline/runs/" + run)));
    }

    private void compare(PrintWriter out, Pairs pairs, Case c, HttpClient http, String base, String token)
            throws Exception {
        Sizes sizes = new Sizes(get(http, base + c.page(), "Cookie", "resas_session=" + token),
                c.api().stream().mapToLong(path -> get(http, base + path, "Authorization", "Bearer " + token)).sum());
        Pairs.Work page = thread -> get(http, base + c.page(), "Cookie", "resas_session=" + token);
        Pairs.Work api = thread -> {
            for (String path : c.api()) {
                get(http, base + path, "Authorization", "Bearer " + token);
            }
        };
        pairs.turn(page, 0);
        pairs.turn(api, 0);
        double[] p50 = new double[rounds];
        double[] throughput = new double[rounds];
        double[] pageP50 = new double[rounds];
        double[] pageCpu = new double[rounds];
        double[] apiCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Pairs.Turn a = pairs.turn(page, 0);
            Pairs.Turn b = pairs.turn(api, 0);
            p50[r] = a.p50Millis() / b.p50Millis();
            throughput[r] = a.throughput() / b.throughput();
            pageP50[r] = a.p50Millis();
            pageCpu[r] = a.cpuPerOperation();
            apiCpu[r] = b.cpuPerOperation();
            out.printf("  %-44s round %d: page %7.1f/s p50 %8.2f ms p99 %8.2f ms CPU/op %7.2f ms | API %7.1f/s p50 "
                    + "%8.2f ms p99 %8.2f ms CPU/op %7.2f ms%n", c.name(), r + 1, a.throughput(), a.p50Millis(),
                    a.p99Millis(), a.cpuPerOperation(), b.throughput(), b.p50Millis(), b.p99Millis(),
                    b.cpuPerOperation());
            out.flush();
        }
        out.printf("%-46s p50 page/API min %.2f median %.2f | throughput page/API min %.3f median %.3f | page p50 "
                + "median %.1f ms | CPU/op (JVM and PostgreSQL) page median %.2f ms, API %.2f ms | page %d bytes, "
                + "API %d bytes | load %s%n", c.name(), min(p50), median(p50), min(throughput), median(throughput),
                median(pageP50), median(pageCpu), median(apiCpu), sizes.page(), sizes.api(), Pairs.load());
        out.flush();
    }

    private static long get(HttpClient http, String uri, String header, String value) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri)).header(header, value)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body().length;
        } catch (IOException e) {
            throw new IllegalStateException(uri + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + uri, e);
        }
    }

    /** Tickets and incidents as {@code bench api} seeds them (one in ten open, 90 days); a run awaiting approval. */
    private long seed(Sql sql) {
        sql.update("""
                INSERT INTO incident (title, severity, status, source, opened_at, closed_at, assignee, created_by)
                SELECT 'ベンチマーク障害 ' || n, 1 + n % 4, CASE WHEN n % 10 = 0 THEN 'DETECTED' ELSE 'CLOSED' END, 'MANUAL',
                       now() - (n % 129600) * interval '1 minute',
                       CASE WHEN n % 10 <> 0 THEN now() - (n % 129600) * interval '1 minute' + interval '1 hour' END,
                       CASE WHEN n % 3 = 0 THEN 'bench' END, 'user' || n % 70
                FROM generate_series(1, ?) n
                """, incidents);
        sql.update("""
                INSERT INTO ticket (kind, title, priority, status, requester, assignee, created_at, closed_at,
                                    content_authors, fields)
                SELECT k.kind, 'ベンチマーク ' || n, (ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])[1 + n % 4],
                       CASE WHEN n % 10 <> 0 THEN 'CLOSED' ELSE k.initial END, 'user' || n % 500,
                       CASE WHEN n % 3 = 0 THEN 'bench' WHEN n % 3 = 1 THEN 'user' || n % 50 END,
                       now() - (n % 129600) * interval '1 minute',
                       CASE WHEN n % 10 <> 0 THEN now() END, ARRAY['user' || n % 500],
                       jsonb_build_object('body', '本文 ' || n)
                FROM generate_series(1, ?) n
                CROSS JOIN LATERAL (SELECT (ARRAY['INQUIRY', 'WORK_REQUEST', 'CHANGE_REQUEST', 'ISSUE'])[1 + n % 4] AS kind,
                                           (ARRAY['RECEIVED', 'RECEIVED', 'DRAFT', 'OPEN'])[1 + n % 4] AS initial) k
                """, tickets);
        sql.update("INSERT INTO dataset (id, name, publisher, source_kind, source_ref) VALUES ('bench-population', "
                + "'ベンチマーク人口', '総務省統計局', 'S3_INBOX', 'inbox/bench/') ON CONFLICT (id) DO NOTHING");
        long run = sql.queryOne("""
                INSERT INTO pipeline_run (dataset_id, execution_name, status, reference_date, started_by, started_at,
                                          report)
                SELECT 'bench-population', 'bench-' || gen_random_uuid(), 'AWAITING_APPROVAL', current_date, 'user1',
                       now(), jsonb_build_object('rows', ? * 10, 'observations', ? * 10, 'errors', ? / 10,
                       'warnings', ? - ? / 10,
                       'byRule', (SELECT jsonb_object_agg(rule, c) FROM (SELECT (ARRAY['RANGE', 'CODE_LIST', 'REQUIRED',
                                  'DUPLICATE'])[1 + m % 4] AS rule, count(*) AS c FROM generate_series(1, ?) m GROUP BY 1) r),
                       'findings', jsonb_agg(jsonb_build_object(
                           'severity', CASE WHEN n % 10 = 0 THEN 'ERROR' ELSE 'WARNING' END,
                           'rule', (ARRAY['RANGE', 'CODE_LIST', 'REQUIRED', 'DUPLICATE'])[1 + n % 4],
                           'file', 'population_' || (n % 47 + 1) || '.csv', 'line', n + 1, 'column', 3,
                           'value', (n * 7)::text, 'message', '値が範囲外です (' || n || ')') ORDER BY n))
                FROM generate_series(1, ?) n
                RETURNING id
                """, row -> row.getLong(1), findings, findings, findings, findings, findings, findings, findings)
                .orElseThrow();
        sql.update("ANALYZE incident");
        sql.update("ANALYZE ticket");
        return run;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
