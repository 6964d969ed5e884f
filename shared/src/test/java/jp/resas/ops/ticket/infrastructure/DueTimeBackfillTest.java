package jp.resas.ops.ticket.infrastructure;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.BackfillingDueTimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The explicit due-time backfill on rows written without due times (as rows from before V79 are). The oracle
 * is the recomputation a policy change runs in one transaction ({@link QueueService#recomputeDueTimes}, itself
 * checked against the SLA engine by {@code QueuePagingTest}). A kill between batches is a run stopped after N
 * batches; the next run must finish the job with every row right and the rows done before untouched.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DueTimeBackfillTest implements TestPropertyProvider {

    private static final int BATCH = 40;

    private final MovableClock clock = new MovableClock(jst("2026-06-10T11:00"));
    private final Random random = new Random(111);

    @Inject
    Sql sql;
    @Inject
    QueueService queues;
    @Inject
    DueTimeBackfill backfill;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    /** Due times of one row: response, resolution, queue. */
    private record Due(Instant response, Instant resolution, Instant queue) {
    }

    @BeforeAll
    void seed() {
        for (int i = 0; i < 130; i++) {
            Instant opened = jst("2026-06-01T00:00").plus(Duration.ofMinutes(random.nextInt(9 * 24 * 60)));
            sql.update("INSERT INTO incident (title, severity, status, source, opened_at, closed_at, created_by) "
                    + "VALUES ('old incident', ?, ?, 'MANUAL', ?, ?, 'ito')", 1 + random.nextInt(4),
                    i % 5 == 0 ? "CLOSED" : "DETECTED", opened, i % 5 == 0 ? opened.plusSeconds(3600) : null);
        }
        String[][] kinds = {{"INQUIRY", "RECEIVED"}, {"WORK_REQUEST", "RECEIVED"}, {"CHANGE_REQUEST", "DRAFT"},
            {"ISSUE", "OPEN"}};
        String[] priorities = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
        for (int i = 0; i < 170; i++) {
            String[] kind = kinds[random.nextInt(kinds.length)];
            Instant created = jst("2026-06-01T00:00").plus(Duration.ofMinutes(random.nextInt(9 * 24 * 60)));
            boolean closed = i % 6 == 0;
            long id = sql.queryOne("INSERT INTO ticket (kind, title, priority, status, requester, created_at, closed_at, "
                    + "content_authors) VALUES (?, 'old ticket', ?, ?, 'sato', ?, ?, ARRAY['sato']) RETURNING id",
                    row -> row.getLong(1), kind[0], priorities[random.nextInt(4)], closed ? "CLOSED" : kind[1], created,
                    closed ? created.plusSeconds(7200) : null).orElseThrow();
            if (random.nextInt(4) == 0) {
                sql.update("INSERT INTO ticket_pause (ticket_id, reason, from_at, until_at) VALUES (?, 'WAITING_FOR_REQUESTER', ?, ?)",
                        id, created.plusSeconds(600), created.plusSeconds(600 + random.nextInt(86_400)));
            }
        }
    }

    /** Every open item loses its due times, as a row written before V79 never had them. */
    private void forgetAll() {
        sql.update("UPDATE incident SET sla_response_due_at = NULL, sla_resolution_due_at = NULL, "
                + "sla_queue_due_at = NULL WHERE status <> 'CLOSED'");
        sql.update("UPDATE ticket SET sla_response_due_at = NULL, sla_resolution_due_at = NULL, "
                + "sla_queue_due_at = NULL WHERE closed_at IS NULL");
    }

    private Map<String, Due> dueTimes() {
        Map<String, Due> all = new HashMap<>();
        for (String table : List.of("incident", "ticket")) {
            sql.query("SELECT id, sla_response_due_at, sla_resolution_due_at, sla_queue_due_at FROM " + table,
                    row -> all.put(table + "-" + row.getLong("id"), new Due(Sql.instant(row, "sla_response_due_at"),
                            Sql.instant(row, "sla_resolution_due_at"), Sql.instant(row, "sla_queue_due_at"))));
        }
        return all;
    }

    /** Row versions ({@code xmin}): a row rewritten by a batch gets a new one. */
    private Map<String, String> rowVersions() {
        Map<String, String> all = new HashMap<>();
        for (String table : List.of("incident", "ticket")) {
            sql.query("SELECT id, xmin::text AS v FROM " + table, row -> all.put(table + "-" + row.getLong("id"),
                    row.getString("v")));
        }
        return all;
    }

    private long missing() {
        return sql.queryOne("SELECT (SELECT count(*) FROM incident WHERE status <> 'CLOSED' AND sla_queue_due_at IS NULL)"
                + " + (SELECT count(*) FROM ticket WHERE closed_at IS NULL AND sla_queue_due_at IS NULL)",
                row -> row.getLong(1)).orElseThrow();
    }

    private long open() {
        return sql.queryOne("SELECT (SELECT count(*) FROM incident WHERE status <> 'CLOSED')"
                + " + (SELECT count(*) FROM ticket WHERE closed_at IS NULL)", row -> row.getLong(1)).orElseThrow();
    }

    /** What the one-transaction recomputation stores for the same rows at the same instant. */
    private Map<String, Due> oracle() {
        forgetAll();
        queues.recomputeDueTimes();
        Map<String, Due> expected = dueTimes();
        forgetAll();
        return expected;
    }

    @Test
    void aRunKilledAfterEachBatch_isFinishedByTheNextRun_withEveryRowRight() {
        Map<String, Due> expected = oracle();
        long open = open();
        assertThat(missing()).isEqualTo(open);
        assertThat(expected.values().stream().filter(d -> d.queue() != null)).hasSize((int) open);
        int batches = (int) ((open + BATCH - 1) / BATCH);
        assertThat(batches).isGreaterThan(3);

        for (int killedAfter = 1; killedAfter <= batches; killedAfter++) {
            forgetAll();
            List<Integer> committed = new ArrayList<>();
            BackfillingDueTimes.Outcome first = backfill.run(BATCH, killedAfter, committed::add);
            assertThat(first.batches()).isEqualTo(killedAfter);
            assertThat(committed).hasSize(killedAfter);
            assertThat(first.items()).isEqualTo(Math.min(open, (long) killedAfter * BATCH));
            assertThat(missing()).as("after %d batches", killedAfter).isEqualTo(open - first.items());
            Map<String, Due> partial = dueTimes();
            Map<String, String> versions = rowVersions();

            BackfillingDueTimes.Outcome rest = backfill.run(BATCH, 0, n -> { });
            assertThat(rest.finished()).isTrue();
            assertThat(rest.items()).isEqualTo(open - first.items());
            assertThat(missing()).isZero();
            Map<String, Due> now = dueTimes();
            assertThat(now).as("killed after %d batches", killedAfter).isEqualTo(expected);
            Map<String, String> after = rowVersions();
            partial.forEach((key, due) -> {
                if (due.queue() != null) {
                    assertThat(after.get(key)).as("%s was done before the kill and must be left alone", key)
                            .isEqualTo(versions.get(key));
                }
            });
        }
    }

    @Test
    void aSecondRun_changesNothing_andClosedItemsGetNoDueTimes() {
        Map<String, Due> expected = oracle();
        BackfillingDueTimes.Outcome all = backfill.run(BATCH, 0, n -> { });
        assertThat(all.finished()).isTrue();
        assertThat(all.items()).isEqualTo(open());
        Map<String, String> versions = rowVersions();

        BackfillingDueTimes.Outcome again = backfill.run(BATCH, 0, n -> { });
        assertThat(again).isEqualTo(new BackfillingDueTimes.Outcome(0, 0, true));
        assertThat(rowVersions()).isEqualTo(versions);
        assertThat(dueTimes()).isEqualTo(expected);
        assertThat(sql.queryOne("SELECT count(*) FROM incident WHERE status = 'CLOSED' AND sla_queue_due_at IS NOT NULL",
                row -> row.getLong(1)).orElseThrow()).isZero();
        assertThat(sql.queryOne("SELECT count(*) FROM ticket WHERE closed_at IS NOT NULL AND sla_queue_due_at IS NOT NULL",
                row -> row.getLong(1)).orElseThrow()).isZero();
    }

    @Test
    void aBadBatchSize_isRefused() {
        assertThatThrownBy(() -> backfill.run(0, 0, n -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch size");
        assertThatThrownBy(() -> backfill.run(10, -1, n -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
