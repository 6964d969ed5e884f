package jp.resas.ops.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The lists inside one record, paged at volume: 60 k ticket timeline entries over 300 tickets, 60 k penetration
 * test findings over 30 tests, analysed, and each keyset page's statement (as {@link Keyset} wraps the adapters'
 * queries, after a cursor) read with EXPLAIN: an index read in the page's order, no sort, no sequential scan, so
 * a page stops at its limit however long the record's list is.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetailListPlanTest implements TestPropertyProvider {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void seed() {
        sql.update("""
                INSERT INTO ticket (kind, title, priority, status, requester, created_at)
                SELECT 'WORK_REQUEST', 'plan ' || n, 'LOW', 'NEW', 'kato', ?::timestamptz - n * interval '1 hour'
                FROM generate_series(1, 300) n""", NOW);
        sql.update("""
                INSERT INTO ticket_timeline (ticket_id, at, kind, actor, message)
                SELECT t.id, ?::timestamptz - n * interval '1 minute', 'COMMENT', 'sato', 'entry ' || n
                FROM ticket t, generate_series(1, 200) n""", NOW);
        sql.update("""
                INSERT INTO penetration_test (title, vendor, scope, started_on, ended_on, ticket_id, recorded_by, created_at)
                SELECT 'test ' || t.id, 'vendor', 'api', DATE '2026-10-01', DATE '2026-10-02', t.id, 'kato', ?
                FROM ticket t ORDER BY t.id LIMIT 30""", NOW);
        sql.update("""
                INSERT INTO pentest_finding (test_id, title, severity, description, recorded_by, created_at, updated_at)
                SELECT p.id, 'finding ' || n, 'LOW', 'd', 'kato', ?::timestamptz - n * interval '1 minute', ?
                FROM penetration_test p, generate_series(1, 2000) n""", NOW, NOW);
        sql.update("ANALYZE ticket_timeline");
        sql.update("ANALYZE pentest_finding");
    }

    private String plan(String query, Object... params) {
        return String.join("\n", sql.query("EXPLAIN " + query, row -> row.getString(1), params));
    }

    private void assertReadInOrder(String table, String query, Object... params) {
        String plan = plan(query, params);
        assertThat(plan).as(query).doesNotContain("Seq Scan on " + table).doesNotContain("Sort").contains("Index");
    }

    private long any(String query) {
        return sql.queryOne(query, row -> row.getLong(1)).orElseThrow();
    }

    @Test
    void aTicketsTimelinePage_isReadInIndexOrder() {
        long ticket = any("SELECT min(ticket_id) FROM ticket_timeline");
        assertReadInOrder("ticket_timeline", "SELECT * FROM (SELECT id, at, kind, actor, message FROM ticket_timeline "
                + "WHERE ticket_id = ?) page WHERE (at, id) < (?, ?) ORDER BY at DESC, id DESC LIMIT ?",
                ticket, NOW.minusSeconds(3600), Long.MAX_VALUE, 51);
    }

    @Test
    void aPentestsFindingsPage_isReadInIndexOrder() {
        long test = any("SELECT min(test_id) FROM pentest_finding");
        assertReadInOrder("pentest_finding", "SELECT * FROM (SELECT * FROM pentest_finding WHERE true AND test_id = ?) "
                + "page WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?",
                test, NOW.minusSeconds(3600), Long.MAX_VALUE, 51);
        assertReadInOrder("pentest_finding", "SELECT * FROM (SELECT * FROM pentest_finding WHERE true AND test_id = ?) "
                + "page ORDER BY created_at DESC, id DESC LIMIT ?", test, 51);
    }
}
