package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.infrastructure.TicketService;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Planning an update round from a page (refusals beside the field with the input kept, the planner may not
 * approve it, another approver does) and the generated list files (課題管理表 as the report generator's .xlsx)
 * made and downloaded from a page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundPlanBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TicketService tickets;
    @Inject
    Sql sql;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.attachments.directory", Files.createTempDirectory("plan-store").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeAll
    void twoDatasets() {
        for (String[] d : List.of(new String[] {"census-population", "人口推計"}, new String[] {"vendor-visitors", "観光入込客数"})) {
            http.toBlocking().exchange(HttpRequest.PUT("/datasets/" + d[0], Map.of("name", d[1], "publisher", "総務省",
                    "sourceKind", "S3_INBOX", "sourceRef", "inbox/" + d[0] + "/", "menus", List.of("人口マップ")))
                    .bearerAuth(TestPlatform.token("kato", "operator")));
        }
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private String round(String column, String name) {
        return sql.queryOne("SELECT " + column + "::text FROM update_round WHERE name = ?", row -> row.getString(1), name)
                .orElse(null);
    }

    @Test
    void operatorPlansARoundFromThePage_thePlannerMayNotApproveIt_anotherApproverDoes() {
        String name = "2026年度 第4回 定期更新";
        browser.loginAs("kato", "operator", "approver").open("/portal/data/rounds");
        browser.click("a.button[href='/portal/data/rounds/new']");
        browser.checkPage("round-new");

        browser.type("#field-name", name).click("form[action='/portal/data/rounds'] button[type=submit]");
        assertThat(browser.find("#field-items.has-error .error-message").getText()).contains("1 つ以上");
        assertThat(browser.find("#field-name").getAttribute("value")).isEqualTo(name);
        assertThat(round("id", name)).isNull();

        browser.click("#include-census-population");
        setDate("collectOn-census-population", "2026-12-10");
        setDate("publishBy-census-population", "2026-12-01");
        browser.click("form[action='/portal/data/rounds'] button[type=submit]");
        assertThat(browser.find("#field-items.has-error .error-message").getText()).contains("収集日と公開期限");
        assertThat(browser.find("#include-census-population").isSelected()).isTrue();
        assertThat(browser.find("#collectOn-census-population").getAttribute("value")).isEqualTo("2026-12-10");
        assertThat(round("id", name)).isNull();
        browser.checkRefusedPage("round-new-refused", 400);

        setDate("publishBy-census-population", "2026-12-20");
        browser.click("#include-vendor-visitors");
        browser.click("form[action='/portal/data/rounds'] button[type=submit]");
        assertThat(browser.find("#field-items.has-error .error-message").getText()).contains("観光入込客数")
                .contains("収集日");
        setDate("collectOn-vendor-visitors", "2026-12-05");
        setDate("publishBy-vendor-visitors", "2026-12-15");
        browser.click("form[action='/portal/data/rounds'] button[type=submit]");
        assertThat(browser.url()).contains("/portal/data/rounds#round-");
        assertThat(round("status", name)).isEqualTo("DRAFT");
        assertThat(round("planned_by", name)).isEqualTo("kato");
        assertThat(sql.queryOne("SELECT string_agg(dataset_id || ':' || collect_on || ':' || publish_by, ',' ORDER BY dataset_id) "
                + "FROM update_round_item WHERE round_id = ?::bigint", row -> row.getString(1), round("id", name)))
                .contains("census-population:2026-12-10:2026-12-20,vendor-visitors:2026-12-05:2026-12-15");
        String id = round("id", name);
        assertThat(browser.find("#round-" + id).getText()).contains(name).contains("vendor-visitors");

        // The same name again: refused beside the name, nothing new.
        browser.open("/portal/data/rounds/new");
        browser.type("#field-name", name).click("#include-vendor-visitors");
        setDate("collectOn-vendor-visitors", "2026-12-05");
        setDate("publishBy-vendor-visitors", "2026-12-15");
        browser.click("form[action='/portal/data/rounds'] button[type=submit]");
        assertThat(browser.find(".field.has-error #field-name")).isNotNull();
        assertThat(browser.text()).contains("既にあります");
        assertThat(sql.queryOne("SELECT count(*) FROM update_round WHERE name = ?", row -> row.getLong(1), name)).contains(1L);

        // kato planned it: as approver he is refused (segregation of duties); sato approves.
        browser.open("/portal/data/rounds");
        browser.click("#approve-round-" + id);
        assertThat(browser.find(".notice-error").getText()).contains("職務分掌");
        assertThat(round("status", name)).isEqualTo("DRAFT");
        browser.loginAs("sato", "approver").open("/portal/data/rounds");
        assertThat(browser.all("a.button[href='/portal/data/rounds/new']")).isEmpty();
        browser.click("#approve-round-" + id);
        assertThat(round("status", name)).isEqualTo("APPROVED");
        assertThat(round("approved_by", name)).isEqualTo("sato");
        browser.checkPage("round-planned-approved");
    }

    @Test
    void viewersAndApproversCannotPlan_theirPostIsRefused() throws Exception {
        for (String group : List.of("viewer", "approver")) {
            browser.loginAs("tanaka", group).open("/portal/data/rounds");
            assertThat(browser.all("a.button[href='/portal/data/rounds/new']")).as(group).isEmpty();
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(server.getURL() + "/portal/data/rounds"))
                    .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                    .header("Origin", server.getURL().toString())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("name=forged&include-vendor-visitors=on"
                            + "&collectOn-vendor-visitors=2026-12-01&publishBy-vendor-visitors=2026-12-02"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(group).isEqualTo(403);
        }
        assertThat(round("id", "forged")).isNull();
    }

    @Test
    void issueListFile_generatedFromThePage_isTheReportGeneratorsWorkbook() throws Exception {
        tickets.open(IssueRules.RULES, new NewTicket("様式の統一", Priority.MEDIUM, Map.of("description", "月次報告の様式"),
                "kato", null), new Actor("kato", "127.0.0.1"));
        String month = YearMonth.now(Jst.ZONE).toString();
        browser.loginAs("kato", "operator").open("/portal/data");
        browser.click("a[href='/portal/reports/lists']");
        assertThat(browser.find("#kind-ISSUES + p").getText()).contains("まだ作成されていません");
        browser.type("#field-period", "2026-13").click("section[aria-labelledby=generate-heading] button");
        assertThat(browser.find(".field.has-error #field-period")).isNotNull();
        browser.checkRefusedPage("report-lists-refused", 400);

        browser.choose("#field-kind", "課題管理表").type("#field-period", month)
                .click("section[aria-labelledby=generate-heading] button");
        String href = browser.find("section[aria-labelledby=kind-ISSUES] a[href$='.xlsx']").getAttribute("href");
        assertThat(browser.find("section[aria-labelledby=kind-ISSUES]").getText()).contains(month).contains("kato");
        browser.checkPage("report-lists");

        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            StringBuilder cells = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|'))));
            assertThat(cells.toString()).contains("様式の統一");
        }
        browser.loginAs("tanaka", "viewer").open("/portal/reports/lists");
        assertThat(browser.all("section[aria-labelledby=generate-heading]")).isEmpty();
        assertThat(browser.find("section[aria-labelledby=kind-ISSUES]").getText()).contains(month);
        assertThat(new String(answer.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private void setDate(String id, String value) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }
}
