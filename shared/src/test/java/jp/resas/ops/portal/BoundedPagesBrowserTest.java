package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The paged pages in a real browser, for docs/portal.md's screenshots: a run's counts by rule above its first page
 * of findings, and an incident's own timeline page; each checked (axe-core, no console error) and followed to its
 * next page with 次のページ.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    Browser browser;
    long run;
    long incident;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    /** A run awaiting approval with 1,200 findings over four rules; an alarm's incident with 230 entries. */
    @BeforeAll
    void data() {
        sql.update("INSERT INTO dataset (id, name, publisher, source_kind, source_ref) VALUES ('population-pages', "
                + "'人口（市区町村別）', '総務省統計局', 'S3_INBOX', 'inbox/population-pages/') ON CONFLICT (id) DO NOTHING");
        run = sql.queryOne("""
                INSERT INTO pipeline_run (dataset_id, execution_name, status, reference_date, started_by, started_at, report)
                SELECT 'population-pages', 'pages-' || gen_random_uuid(), 'AWAITING_APPROVAL', current_date, 'kato', now(),
                       jsonb_build_object('rows', 48000, 'observations', 48000, 'errors', 120, 'warnings', 1080,
                       'byRule', jsonb_build_object('RANGE', 4200, 'CODE_LIST', 300, 'REQUIRED', 300, 'DUPLICATE', 300),
                       'findings', jsonb_agg(jsonb_build_object(
                           'severity', CASE WHEN n % 10 = 0 THEN 'ERROR' ELSE 'WARNING' END,
                           'rule', (ARRAY['RANGE', 'CODE_LIST', 'REQUIRED', 'DUPLICATE'])[1 + n % 4],
                           'file', 'population_' || (n % 47 + 1) || '.csv', 'line', n + 1, 'column', '人口',
                           'value', (n * 7)::text, 'message', '値が前回の公開値から大きく変わっています (' || n || ')')
                           ORDER BY n))
                FROM generate_series(1, 1200) n
                RETURNING id""", row -> row.getLong(1)).orElseThrow();
        incident = sql.queryOne("""
                INSERT INTO incident (title, severity, status, source, alarm_name, opened_at, created_by)
                VALUES ('API Gateway 5xx が繰り返し発生', 2, 'DETECTED', 'MANUAL', 'resas-api-5xx',
                        now() - interval '20 days', 'alarm-intake') RETURNING id""", row -> row.getLong(1)).orElseThrow();
        sql.update("""
                INSERT INTO incident_timeline (incident_id, at, kind, actor, message)
                SELECT ?, now() - interval '20 days' + n * interval '2 hours', 'ALARM', 'alarm-intake',
                       'アラーム resas-api-5xx が発生しました（' || n || ' 回目）'
                FROM generate_series(1, 230) n""", incident);
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void aRunsCountsByRule_standAboveItsFirstPageOfFindings_andTheNextPageFollows() {
        browser.loginAs("suzuki", "approver").open("/portal/approvals/runs/" + run);

        assertThat(browser.find("#rule-counts caption").getText()).isEqualTo("ルール別の件数");
        assertThat(browser.all("#rule-counts tbody tr")).hasSize(4);
        assertThat(browser.text()).contains("RANGE").contains("4200").contains("値が前回の公開値から大きく変わっています (1)");
        browser.checkPage("run-findings-counts");

        browser.click("a[href*='rule=RANGE']");
        assertThat(browser.url()).contains("rule=RANGE");
        assertThat(browser.text()).contains("値が前回の公開値から大きく変わっています (4)")
                .doesNotContain("大きく変わっています (1)");
        browser.checkPage("run-findings-by-rule");
    }

    @Test
    void anIncidentsTimelinePage_walksItsEntriesNewestFirst() {
        browser.loginAs("kato", "operator").open("/portal/incidents/" + incident);
        browser.click("a[href='/portal/incidents/" + incident + "/timeline']");

        assertThat(browser.find("h1").getText()).contains("障害 #" + incident).contains("経緯");
        assertThat(browser.text()).contains("（230 回目）").doesNotContain("（1 回目）");
        browser.checkPage("incident-timeline");

        browser.click("#next-page");
        assertThat(browser.url()).contains("cursor=");
        assertThat(browser.text()).contains("（130 回目）").doesNotContain("（230 回目）");
        browser.checkPage("incident-timeline-next");
    }
}
