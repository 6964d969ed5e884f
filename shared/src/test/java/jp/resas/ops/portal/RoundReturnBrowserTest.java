package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Two flows through a real browser on a database with more rounds than a page shows: an approver narrows the update
 * rounds to the drafts, goes to the second page, approves a round there and is back on that same page with the same
 * filter (not the first 20 rounds); an operator opens a dataset's page from the catalog and is offered exactly the
 * approved rounds that plan that dataset, not the drafts nor rounds planning other datasets.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundReturnBrowserTest implements TestPropertyProvider {

    private static final String DATASET = "flow-population";
    private static final String OTHER = "flow-visitors";
    /** Drafts: more than two pages of 20 under the 計画中 filter. */
    private static final int DRAFTS = 45;

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    /**
     * {@value #DRAFTS} drafts planning the dataset, three approved rounds planning it (one of them the other
     * dataset too) and one approved round planning only the other dataset; all planned by kato.
     */
    @BeforeAll
    void roundsOverSeveralPages() {
        for (String[] d : List.of(new String[] {DATASET, "人口推計（流れ）"}, new String[] {OTHER, "観光入込客数（流れ）"})) {
            sql.update("INSERT INTO dataset (id, name, publisher, source_kind, source_ref) VALUES (?, ?, '総務省統計局', "
                    + "'S3_INBOX', ?)", d[0], d[1], "inbox/" + d[0] + "/");
        }
        round("承認済み 第1回", true, DATASET);
        round("承認済み 第2回", true, DATASET, OTHER);
        round("他のデータセットだけの回", true, OTHER);
        for (int n = 1; n <= DRAFTS; n++) {
            round(String.format("計画中 %02d", n), false, DATASET);
        }
        round("承認済み 第3回", true, DATASET);
        browser = new Browser(server.getURL().toString());
    }

    private void round(String name, boolean approved, String... datasets) {
        long id = sql.queryOne("""
                INSERT INTO update_round (name, status, planned_by, approved_by, approved_at)
                VALUES (?, ?, 'kato', ?, CASE WHEN ? THEN now() END) RETURNING id""", row -> row.getLong(1), name,
                approved ? "APPROVED" : "DRAFT", approved ? "suzuki" : null, approved).orElseThrow();
        for (String dataset : datasets) {
            sql.update("INSERT INTO update_round_item (round_id, dataset_id, collect_on, publish_by) VALUES (?, ?, "
                    + "current_date, current_date + 30)", id, dataset);
        }
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private String status(long round) {
        return sql.queryOne("SELECT status FROM update_round WHERE id = ?", row -> row.getString(1), round).orElseThrow();
    }

    /** The ids of the rounds the page shows, in page order. */
    private List<Long> shownRounds() {
        return browser.all("main section.panel[id^='round-']").stream()
                .map(section -> Long.parseLong(section.getAttribute("id").substring("round-".length()))).toList();
    }

    @Test
    void anApproverApprovesOnTheSecondPageOfTheDrafts_andIsBackOnThatPageAndFilter() {
        browser.loginAs("suzuki", "approver").open("/portal/");
        browser.click("nav.site-nav a[href='/portal/data']");
        browser.click("main a[href='/portal/data/rounds']");
        browser.choose("#field-status", "計画中（承認待ち）").click("form.filters button[type=submit]");
        assertThat(URI.create(browser.url()).getQuery()).isEqualTo("status=DRAFT");
        List<Long> first = shownRounds();
        assertThat(first).hasSize(20);

        browser.click("#next-page");
        String secondPage = browser.url();
        assertThat(URI.create(secondPage).getQuery()).startsWith("status=DRAFT&cursor=");
        List<Long> second = shownRounds();
        assertThat(second).hasSize(20).doesNotContainAnyElementsOf(first);
        assertThat(browser.all("main .tag-ok")).as("only drafts under the filter").isEmpty();
        long chosen = second.get(2);
        assertThat(browser.find("#round-" + chosen).getText()).contains("計画中（承認待ち）");

        browser.click("#approve-round-" + chosen);

        assertThat(status(chosen)).isEqualTo("APPROVED");
        assertThat(browser.url()).as("back on the page and filter the approval was made from")
                .isEqualTo(secondPage + "#round-" + chosen);
        assertThat(new Select(browser.find("#field-status")).getFirstSelectedOption().getText()).isEqualTo("計画中（承認待ち）");
        List<Long> back = shownRounds();
        assertThat(back).doesNotContain(chosen).doesNotContainAnyElementsOf(first)
                .containsAll(second.stream().filter(id -> id != chosen).toList());
        assertThat(browser.all("main .notice-error")).isEmpty();
        browser.checkPage("data-rounds-second-page-approved");
    }

    @Test
    void anOperatorOpensADatasetFromTheCatalog_andIsOfferedItsApprovedRoundsOnly() {
        List<String> approvedPlanningIt = sql.query("""
                SELECT '#' || r.id || ' ' || r.name FROM update_round r
                WHERE r.status = 'APPROVED' AND EXISTS (SELECT 1 FROM update_round_item i WHERE i.round_id = r.id
                                                          AND i.dataset_id = ?)
                ORDER BY r.id DESC""", row -> row.getString(1), DATASET);
        assertThat(approvedPlanningIt).hasSizeGreaterThanOrEqualTo(3);
        List<String> drafts = sql.query("SELECT '#' || id || ' ' || name FROM update_round WHERE status = 'DRAFT'",
                row -> row.getString(1));
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(DRAFTS - 1);

        browser.loginAs("ito", "operator").open("/portal/");
        browser.click("nav.site-nav a[href='/portal/data']");
        browser.checkPage("data-catalog-flow");
        browser.click("main a[href='/portal/data/datasets/" + DATASET + "']");

        assertThat(browser.find("h1").getText()).isEqualTo("データセット：人口推計（流れ）");
        List<String> offered = browser.all("#field-roundId option").stream().map(WebElement::getText)
                .filter(text -> !text.equals("選んでください")).toList();
        assertThat(offered).containsExactlyInAnyOrderElementsOf(approvedPlanningIt)
                .contains("#" + id("承認済み 第2回") + " 承認済み 第2回")
                .doesNotContain("#" + id("他のデータセットだけの回") + " 他のデータセットだけの回")
                .doesNotContainAnyElementsOf(drafts);
        browser.checkPage("data-dataset-approved-rounds");
    }

    private long id(String name) {
        return sql.queryOne("SELECT id FROM update_round WHERE name = ?", row -> row.getLong(1), name).orElseThrow();
    }
}
