package jp.resas.ops.local.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.platform.jdbc.Sql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resas-ops bench intake}: CloudWatch alarm state changes through the alarm-intake use case (A) against
 * plain JDBC unique-key inserts (B), both on {@code --threads} threads sharing a pool of {@code --pool}
 * connections, in turn; first with 10 k stored transitions, then with {@code --transitions}.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Alarm events through the intake against plain JDBC unique-key inserts, alternated, at 10 k and "
                + "at --transitions stored transitions.")
final class IntakeBenchCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOUDWATCH = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);
    private static final int ALARMS = 200;
    private static final int FIRST_LEVEL = 10_000;
    private static final int COUNTED = 400;

    @Spec
    CommandSpec spec;

    @Option(names = "--transitions", defaultValue = "1000000",
            description = "Stored transitions for the second measurement (default 1000000).")
    int transitions;

    @Option(names = "--rounds", defaultValue = "5", description = "A/B pairs per level (default 5).")
    int rounds;

    @Option(names = "--seconds", defaultValue = "3", description = "Length of each side's turn (default 3).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "120",
            description = "Most seconds of warm-up turns before the measured ones; they stop earlier once A's CPU per "
                    + "operation falls by less than a tenth from one to the next (default 120).")
    double warmup;

    @Option(names = "--threads", defaultValue = "8", description = "Concurrent senders (default 8).")
    int threads;

    @Option(names = "--pool", defaultValue = "2", description = "Database connections on each side (default 2).")
    int pool;

    private final AtomicLong sequence = new AtomicLong();

    @Override
    public Integer call() throws Exception {
        if (transitions <= FIRST_LEVEL || rounds < 1 || seconds <= 0 || threads < 1 || pool < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--transitions must exceed "
                    + FIRST_LEVEL + ", --rounds, --threads and --pool be at least 1, --seconds positive");
        }
        Path data = Files.createTempDirectory("resas-intake-bench");
        PrintWriter out = spec.commandLine().getOut();
        LocalDatabase database = LocalDatabase.open(data, false);
        try (LocalPlatform platform = LocalPlatform.start(data, database, Map.of(
                "datasources.default.maximum-pool-size", pool, "datasources.default.minimum-idle", pool,
                "datasources.default.connection-timeout", 60_000))) {
            Sql sql = platform.context().getBean(Sql.class);
            AlarmIntakeService intake = platform.context().getBean(AlarmIntakeService.class);
            sql.update("CREATE TABLE bench_insert (alarm_arn TEXT NOT NULL, state TEXT NOT NULL, changed_at TIMESTAMPTZ "
                    + "NOT NULL, reason TEXT, PRIMARY KEY (alarm_arn, state, changed_at))");
            BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(pool);
            for (int c = 0; c < pool; c++) {
                connections.add(DriverManager.getConnection(database.url(), database.user(), database.password()));
            }
            try {
                Pairs pairs = new Pairs(threads, seconds, new CpuMeter(data.resolve("postgres")), warmup);
                Pairs.Work events = thread -> intake.receive(event(sequence.incrementAndGet()));
                Pairs.Work inserts = thread -> insert(connections, sequence.incrementAndGet());
                seed(sql, FIRST_LEVEL);
                out.printf("%d threads, a pool of %d on each side; %d alarms%n", threads, pool, ALARMS);
                pairs.compare(out, "intake vs inserts, " + stored(sql) + " stored", events, inserts, rounds, 0);
                countStatements(out, platform.context().getBean(DataSource.class), data.resolve("postgres")
                        .resolve("server.log"), intake);
                seed(sql, transitions);
                pairs.compare(out, "intake vs inserts, " + stored(sql) + " stored", events, inserts, rounds, 0);
            } finally {
                for (Connection c : connections) {
                    c.close();
                }
            }
            return 0;
        } finally {
            ApiBenchCommand.delete(data);
        }
    }

    /**
     * The statements {@link #COUNTED} events send one after another (after the measured turns, so every alarm has its
     * open incident as in the turns), counted with {@code log_statement = all}; an insert of side B is one statement.
     */
    private void countStatements(PrintWriter out, DataSource dataSource, Path log, AlarmIntakeService intake) {
        try {
            StatementLog.Count count = StatementLog.count(dataSource, log, () -> {
                for (int i = 0; i < COUNTED; i++) {
                    intake.receive(event(sequence.incrementAndGet()));
                }
            });
            out.printf("statements per event (log_statement = all, %d events one after another): %.2f%n", COUNTED,
                    count.total() / (double) COUNTED);
            count.shapes().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                    .forEach(e -> out.printf("  %5d × %s%n", e.getValue(), e.getKey()));
        } catch (SQLException | IOException e) {
            out.println("statements: not counted (" + e.getMessage() + ")");
        }
    }

    /** ALARM and OK in turn for each of the alarms, a second apart: every event a new transition. */
    private static String event(long n) {
        String name = "bench-alarm-" + (n % ALARMS);
        String state = (n / ALARMS) % 2 == 0 ? "ALARM" : "OK";
        String at = CLOUDWATCH.format(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n));
        // The shape of AWS's documented example (CloudWatch User Guide, "Alarm events and EventBridge"), as in
        // ../shared/data/cloudwatch_alarm_events/eventbridge/awsdocs_state_change_for_a_single_metric_alarm.json.
        return """
                {"version":"0","id":"bench-%d","detail-type":"CloudWatch Alarm State Change","source":"aws.cloudwatch",
                 "account":"123456789012","time":"2026-01-01T00:00:00Z","region":"ap-northeast-1",
                 "resources":["arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:%s"],
                 "detail":{"alarmName":"%s","configuration":{"metrics":[{"id":"m1","metricStat":{"metric":{
                   "dimensions":{"InstanceId":"i-12345678901234567"},"name":"CPUUtilization","namespace":"AWS/EC2"},
                   "period":300,"stat":"Average"},"returnData":true}]},
                   "previousState":{"reason":"before","timestamp":"%s","value":"%s"},
                   "state":{"reason":"Threshold Crossed","timestamp":"%s","value":"%s"}}}
                """.formatted(n, name, name, at, state.equals("ALARM") ? "OK" : "ALARM", at, state);
    }

    private static void insert(BlockingQueue<Connection> connections, long n) throws Exception {
        Connection connection = connections.take();
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO bench_insert (alarm_arn, state, "
                + "changed_at, reason) VALUES (?, ?, ?, 'Threshold Crossed') ON CONFLICT DO NOTHING")) {
            statement.setString(1, "arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:bench-alarm-" + (n % ALARMS));
            statement.setString(2, (n / ALARMS) % 2 == 0 ? "ALARM" : "OK");
            statement.setObject(3, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n).atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
        } finally {
            connections.add(connection);
        }
    }

    /** History of other alarms up to {@code count} stored transitions, each attached to a closed incident. */
    private static void seed(Sql sql, int count) {
        long missing = count - stored(sql);
        if (missing <= 0) {
            return;
        }
        sql.update("INSERT INTO alarm (arn, name, account_id, region, kind) VALUES ('arn:bench:history', 'history', "
                + "'123456789012', 'ap-northeast-1', 'METRIC') ON CONFLICT DO NOTHING");
        long incident = sql.queryOne("INSERT INTO incident (title, severity, status, source, alarm_arn, opened_at, "
                + "closed_at) VALUES ('history', 3, 'CLOSED', 'ALARM', 'arn:bench:history', now(), now()) RETURNING id",
                row -> row.getLong(1)).orElseThrow();
        sql.update("""
                INSERT INTO alarm_transition (alarm_arn, kind, state, changed_at, route, incident_id)
                SELECT 'arn:bench:history', 'STATE', CASE WHEN n % 2 = 0 THEN 'ALARM' ELSE 'OK' END,
                       timestamptz '2020-01-01' + (n + ?) * interval '1 second', 'EVENTBRIDGE', ?
                FROM generate_series(1, ?) n
                """, stored(sql), incident, missing);
        sql.update("ANALYZE alarm_transition");
    }

    private static long stored(Sql sql) {
        return sql.queryOne("SELECT count(*) FROM alarm_transition", row -> row.getLong(1)).orElseThrow();
    }
}
