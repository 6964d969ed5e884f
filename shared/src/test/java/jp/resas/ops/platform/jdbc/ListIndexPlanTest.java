package jp.resas.ops.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueueFilter;
import jp.resas.ops.ticket.QueuePosition;
import jp.resas.ops.ticket.infrastructure.QueueSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every list and queue query at volume: 100 k incidents, 100 k tickets and 100 k alarm transitions seeded
 * (one in ten open, as in a long-lived system), analysed, and each query's plan read with EXPLAIN. None may
 * read the big table sequentially; the lists ordered by their index must not sort it either (a page is then
 * read in index order and stops at its limit, whatever the volume); a selective filter (a requester's or an
 * assignee's tickets) may read its few rows by bitmap and sort them. The queue queries are the ones
 * {@link QueueSql} builds; the others repeat the adapters' statements (JdbcIncidents, JdbcTickets,
 * JdbcAlarmLedger) with their parameters.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListIndexPlanTest implements TestPropertyProvider {

    private static final int ROWS = 100_000;
    private static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");

    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void seed() {
        sql.update("""
                INSERT INTO incident (title, severity, status, source, opened_at, closed_at, assignee, created_by,
                                      sla_queue_due_at)
                SELECT 'seeded ' || n, 1 + n % 4, CASE WHEN n % 10 = 0 THEN 'DETECTED' ELSE 'CLOSED' END, 'MANUAL',
                       ?::timestamptz - n * interval '5 minutes',
                       CASE WHEN n % 10 = 0 THEN NULL ELSE ?::timestamptz - n * interval '5 minutes' + interval '1 hour' END,
                       CASE WHEN n % 3 = 0 THEN 'user' || n % 50 END, 'user' || n % 70,
                       CASE WHEN n % 10 = 0 THEN ?::timestamptz - n * interval '5 minutes' + interval '4 hours' END
                FROM generate_series(1, ?) n
                """, NOW, NOW, NOW, ROWS);
        sql.update("""
                INSERT INTO ticket (kind, title, priority, status, requester, assignee, created_at, closed_at,
                                    content_authors, sla_queue_due_at)
                SELECT (ARRAY['INQUIRY', 'WORK_REQUEST', 'CHANGE_REQUEST', 'ISSUE'])[1 + n % 4], 'seeded ' || n,
                       (ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])[1 + n % 4],
                       CASE WHEN n % 10 = 0 THEN 'RECEIVED' ELSE 'CLOSED' END, 'user' || n % 500,
                       CASE WHEN n % 3 = 0 THEN 'user' || n % 50 END, ?::timestamptz - n * interval '5 minutes',
                       CASE WHEN n % 10 = 0 THEN NULL ELSE ?::timestamptz END, ARRAY['user' || n % 500],
                       CASE WHEN n % 10 = 0 THEN ?::timestamptz - n * interval '5 minutes' + interval '8 hours' END
                FROM generate_series(1, ?) n
                """, NOW, NOW, NOW, ROWS);
        sql.update("INSERT INTO alarm (arn, name, account_id, region, kind) VALUES ('arn:a', 'a', '1', 'r', 'METRIC')");
        sql.update("""
                INSERT INTO alarm_transition (alarm_arn, kind, state, changed_at, route, incident_id)
                SELECT 'arn:a', 'STATE', CASE WHEN n % 2 = 0 THEN 'ALARM' ELSE 'OK' END,
                       ?::timestamptz - n * interval '1 minute', 'EVENTBRIDGE', (SELECT min(id) FROM incident) + n % ?
                FROM generate_series(1, ?) n
                """, NOW, ROWS, ROWS);
        sql.update("ANALYZE incident");
        sql.update("ANALYZE ticket");
        sql.update("ANALYZE alarm_transition");
    }

    private String plan(String query, Object... params) {
        return String.join("\n", sql.query("EXPLAIN " + query, row -> row.getString(1), params));
    }

    private void assertIndexed(String table, String query, Object... params) {
        String plan = plan(query, params);
        assertThat(plan).as(query).doesNotContain("Seq Scan on " + table).contains("Index");
    }

    /** Read in index order: no sort of the table's rows, so the page stops at its limit. */
    private void assertReadInOrder(String table, String query, Object... params) {
        assertIndexed(table, query, params);
        assertThat(plan(query, params)).as(query).doesNotContain("Sort");
    }

    @Test
    void incidentLists_useAnIndex_inTheirOrder() {
        String list = "SELECT * FROM incident WHERE TRUE%s ORDER BY opened_at DESC, id DESC LIMIT 51";
        assertReadInOrder("incident", list.formatted(""));
        assertReadInOrder("incident", list.formatted(" AND status = ?"), "DETECTED");
        assertReadInOrder("incident", list.formatted(" AND status = ? AND (opened_at, id) < (?, ?)"), "DETECTED",
                NOW.minusSeconds(86_400), 50_000L);
        assertReadInOrder("incident", list.formatted(" AND severity = ?"), 2);
        assertReadInOrder("incident", list.formatted(" AND status = ? AND severity = ?"), "DETECTED", 1);
    }

    @Test
    void ticketLists_useAnIndex_inTheirOrder() {
        String list = "SELECT * FROM ticket WHERE kind = ?%s ORDER BY created_at DESC, id DESC LIMIT 51";
        assertReadInOrder("ticket", list.formatted(""), "INQUIRY");
        assertReadInOrder("ticket", list.formatted(" AND status = ?"), "INQUIRY", "RECEIVED");
        // selective filters: the planner may read the few matching rows by bitmap and sort them
        assertIndexed("ticket", list.formatted(" AND requester = ?"), "INQUIRY", "user4");
        assertIndexed("ticket", list.formatted(" AND assignee = ?"), "INQUIRY", "user3");
        assertReadInOrder("ticket", list.formatted(" AND (created_at, id) < (?, ?)"), "INQUIRY",
                NOW.minusSeconds(86_400), 50_000L);
    }

    @Test
    void queuePages_useTheDueTimeIndexes_inTheirOrder() {
        Optional<QueuePosition> after = Optional.of(new QueuePosition(NOW.minusSeconds(3 * 86_400), 1, 30_000));
        for (Queue queue : Queue.values()) {
            for (Optional<QueuePosition> from : List.of(Optional.<QueuePosition>empty(), after)) {
                QueueFilter filter = new QueueFilter(queue, "user3", NOW, NOW.plusSeconds(4 * 3600));
                List<Object> params = new ArrayList<>();
                String incidents = QueueSql.page("*", "incident", "status <> 'CLOSED'", "created_by", 0, filter, from,
                        101, params);
                assertIndexed("incident", incidents, params.toArray());
                params.clear();
                String tickets = QueueSql.page("*", "ticket", "closed_at IS NULL", "requester", 1, filter, from, 101,
                        params);
                assertIndexed("ticket", tickets, params.toArray());
                if (queue != Queue.MINE) {
                    params.clear();
                    assertReadInOrder("incident", QueueSql.page("*", "incident", "status <> 'CLOSED'", "created_by", 0,
                            filter, from, 101, params), params.toArray());
                }
            }
        }
    }

    @Test
    void theAlarmTally_andTheMissingDueTimes_useAnIndex() {
        assertIndexed("alarm_transition", """
                SELECT count(*) FILTER (WHERE state = 'ALARM') AS occurrences,
                       min(changed_at) FILTER (WHERE state = 'ALARM') AS first_alarm,
                       max(changed_at) FILTER (WHERE state = 'ALARM') AS last_alarm,
                       max(changed_at) FILTER (WHERE state = 'OK') AS last_ok
                FROM alarm_transition WHERE incident_id = ? AND kind = 'STATE'
                """, 1234L);
        assertIndexed("incident", "SELECT id FROM incident WHERE status <> 'CLOSED' AND sla_queue_due_at IS NULL "
                + "ORDER BY id LIMIT 1000 FOR UPDATE SKIP LOCKED");
        assertIndexed("ticket", "SELECT id FROM ticket WHERE closed_at IS NULL AND sla_queue_due_at IS NULL "
                + "ORDER BY id LIMIT 1000 FOR UPDATE SKIP LOCKED");
    }
}
