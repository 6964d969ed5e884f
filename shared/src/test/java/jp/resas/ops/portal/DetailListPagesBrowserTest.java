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
 * The lists inside one record, paged, in a real browser (docs/portal.md's screenshots): a ticket's timeline newest
 * first and an account review round's accounts, flagged first; each page checked (axe-core, no console error) and
 * followed to its next page with 次のページ, and a decision taken on the second page answered with that page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetailListPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    Browser browser;
    long ticket;
    long round;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    /** An inquiry with 120 timeline entries; a review round of 80 accounts, every fifth flagged. */
    @BeforeAll
    void data() {
        ticket = sql.queryOne("INSERT INTO ticket (kind, title, priority, status, requester, created_at) VALUES "
                + "('INQUIRY', '人口データの更新時期について', 'MEDIUM', 'NEW', 'yamada', now() - interval '90 days') RETURNING id",
                r -> r.getLong(1)).orElseThrow();
        sql.update("""
                INSERT INTO ticket_timeline (ticket_id, at, kind, actor, message)
                SELECT ?, now() - interval '90 days' + n * interval '17 hours', 'COMMENT', 'sato',
                       'コメント: 確認状況の共有（' || n || ' 回目）'
                FROM generate_series(1, 120) n""", ticket);
        sql.update("""
                INSERT INTO review_account (source, system, account_key, name, mfa, status, seen_at)
                SELECT 'CSV', 'resas-portal', 'user' || lpad(n::text, 3, '0'), '利用者 ' || n, n % 5 <> 0, 'ACTIVE', now()
                FROM generate_series(1, 80) n""");
        round = sql.queryOne("""
                INSERT INTO account_review_round (title, started_by, started_at, sla_business_hours, due_at, status)
                VALUES ('2026年度 下期棚卸し', 'kato', now(), 40, now() + interval '14 days', 'OPEN') RETURNING id""",
                r -> r.getLong(1)).orElseThrow();
        sql.update("""
                INSERT INTO account_review_item (round_id, account_id, flags, due_at)
                SELECT ?, id, CASE WHEN mfa THEN ARRAY[]::text[] ELSE ARRAY['NO_MFA'] END, now() + interval '14 days'
                FROM review_account WHERE system = 'resas-portal'""", round);
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void aTicketsTimeline_newestFirst_pagedWithNextPage() {
        browser.loginAs("sato", "operator").open("/portal/inquiries/" + ticket);

        assertThat(browser.find("#timeline").getText()).isEqualTo("経緯（新しい順）");
        assertThat(browser.find("#timeline + ol").getText()).contains("（120 回目）").doesNotContain("（70 回目）");
        browser.checkPage("ticket-timeline");

        browser.click("#next-page");
        assertThat(browser.url()).contains("cursor=");
        assertThat(browser.find("#timeline + ol").getText()).contains("（70 回目）").doesNotContain("（120 回目）");
        browser.checkPage("ticket-timeline-next");
    }

    @Test
    void aReviewRoundsAccounts_flaggedFirst_andADecisionOnPageTwoStaysThere() {
        browser.loginAs("sato", "operator").open("/portal/ledgers/account-reviews/" + round);

        assertThat(browser.find("#round-progress").getText()).contains("0 / 80").contains("要注意 16 件");
        assertThat(browser.all("#items tbody tr")).hasSize(50);
        assertThat(browser.find("#items tbody tr").getText()).contains("user005");
        browser.checkPage("account-review-page-1");

        browser.click("#next-page");
        assertThat(browser.url()).contains("cursor=");
        assertThat(browser.all("#items tbody tr")).hasSize(30);
        String url = browser.url();
        long item = Long.parseLong(browser.find("#items tbody tr").getAttribute("id").substring("item-".length()));
        browser.choose("#field-decision-" + item, "継続");
        browser.click("#decide-" + item);

        assertThat(browser.url()).contains("cursor=").contains("#item-" + item);
        assertThat(browser.find("#round-progress").getText()).contains("1 / 80");
        assertThat(browser.all("#items tbody tr")).hasSize(30);
        assertThat(browser.find("#item-" + item).getText()).contains("継続");
        assertThat(url).startsWith(browser.url().substring(0, browser.url().indexOf('#')));
        browser.checkPage("account-review-page-2");
    }
}
