package jp.resas.ops.portal;

import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.incident.Severity;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slaadmin.PolicyChange;
import jp.resas.ops.slaadmin.infrastructure.SlaPolicyService;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An administrator changes an SLA policy in the settings pages, and an open incident's due time moves. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminSettingsBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    AlarmIntakeService intake;
    @Inject
    SlaPolicyService policies;
    @Inject
    Sql sql;
    @Inject
    io.micronaut.web.router.Router router;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private long raise(String alarm) {
        intake.receive(eventBridge(alarm, "ALARM", Instant.now().minus(10, ChronoUnit.MINUTES)));
        return sql.queryOne("SELECT id FROM incident WHERE alarm_name = ?", row -> row.getLong(1), alarm).orElseThrow();
    }

    private String priorityOf(long incident) {
        int severity = sql.queryOne("SELECT severity FROM incident WHERE id = ?", row -> row.getInt(1), incident)
                .orElseThrow();
        return Severity.priority(severity).name();
    }

    private long resolutionMinutes(String priority) {
        return policies.table().rows().stream()
                .filter(p -> p.policy().type() == TicketType.INCIDENT && p.policy().priority().name().equals(priority))
                .findFirst().orElseThrow().policy().resolution().toMinutes();
    }

    private String resolutionDue(long incident) {
        browser.open("/portal/incidents/" + incident);
        return browser.find("dl.facts").getText().lines().dropWhile(line -> !line.equals("解決期限")).skip(1)
                .findFirst().orElseThrow();
    }

    @Test
    void theStylesheetAndScriptsAreServed() throws Exception {
        for (String path : new String[] {"/portal/static/portal.css", "/portal/static/charts.js",
                "/webjars/htmx.org/2.0.10/dist/htmx.min.js", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js"}) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.getURL() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + " routes: " + router.uriRoutes().filter(r -> r.match(path).isPresent())
                    .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate() + " " + r.getTargetMethod()).toList()).isEqualTo(200);
        }
    }

    @Test
    void admin_changesTheIncidentPolicy_andTheOpenIncidentsDueTimeMoves() {
        long id = raise("portal-sla-flow");
        String priority = priorityOf(id);
        long before = resolutionMinutes(priority);
        browser.loginAs("yamada", "admin");
        String dueBefore = resolutionDue(id);

        browser.click("nav.site-nav a[href='/portal/settings/sla']");
        assertThat(browser.find("h1").getText()).isEqualTo("SLA ポリシー");
        browser.checkPage("settings-sla");
        browser.click("#policy-INCIDENT-" + priority + " a");
        assertThat(browser.find("#field-resolutionMinutes").getAttribute("value")).isEqualTo(String.valueOf(before));
        browser.checkPage("settings-sla-edit");

        long after = before + 2 * 480;
        browser.type("#field-resolutionMinutes", String.valueOf(after)).click("#save-policy");

        assertThat(browser.url()).contains("/portal/settings/sla");
        assertThat(browser.find("#policy-INCIDENT-" + priority + " .resolution").getText()).startsWith(after + " 分");
        assertThat(resolutionMinutes(priority)).isEqualTo(after);
        String dueAfter = resolutionDue(id);
        assertThat(dueAfter).isNotEqualTo(dueBefore);
        assertThat(LocalDateTime.parse(dueAfter.replace(' ', 'T'))).isAfter(LocalDateTime.parse(dueBefore.replace(' ', 'T')));
        browser.checkPage("settings-sla-incident-moved");
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'sla_policy.change' AND actor = 'yamada'",
                row -> row.getInt(1)).orElseThrow()).isEqualTo(1);
    }

    @Test
    void aRefusedValue_isShownBesideItsField_andWhatWasTypedStays() {
        browser.loginAs("yamada", "admin").open("/portal/settings/sla/INQUIRY/LOW");
        long first = Long.parseLong(browser.find("#field-firstResponseMinutes").getAttribute("value"));

        browser.type("#field-resolutionMinutes", String.valueOf(first - 1)).type("#field-warningPercent", "80")
                .click("#save-policy");

        assertThat(browser.find("#field-resolutionMinutes").findElement(
                org.openqa.selenium.By.xpath("preceding-sibling::p[@class='error-message']")).getText())
                .contains("初回応答目標");
        assertThat(browser.find("#field-resolutionMinutes").getAttribute("value")).isEqualTo(String.valueOf(first - 1));
        assertThat(browser.find("#field-warningPercent").getAttribute("value")).isEqualTo("80");
        assertThat(browser.find(".notice-error a[href='#field-resolutionMinutes']")).isNotNull();
        browser.checkRefusedPage("settings-sla-refused", 400);

        browser.type("#field-resolutionMinutes", "三十").click("#save-policy");
        assertThat(browser.text()).contains("半角数字の整数で入力してください");
        assertThat(browser.find("#field-resolutionMinutes").getAttribute("value")).isEqualTo("三十");
    }

    @Test
    void someoneElseChangedIt_says409AndOffersToReload() {
        browser.loginAs("yamada", "admin").open("/portal/settings/sla/WORK_REQUEST/HIGH");
        var stored = policies.table().rows().stream().filter(p -> p.policy().type() == TicketType.WORK_REQUEST
                && p.policy().priority().name().equals("HIGH")).findFirst().orElseThrow();
        policies.change(TicketType.WORK_REQUEST, stored.policy().priority(), new PolicyChange(
                stored.policy().firstResponse().toMinutes(), stored.policy().resolution().toMinutes() + 60, 70,
                java.util.List.of(), stored.version()), new Actor("kimura", "127.0.0.1"));

        browser.type("#field-warningPercent", "60").click("#save-policy");

        assertThat(browser.text()).contains("他の人が先に変更しました");
        assertThat(browser.find("#field-warningPercent").getAttribute("value")).isEqualTo("60");
        browser.checkRefusedPage("settings-sla-conflict", 409);
        // Sending the same form again is refused again: it still carries the version read before the change.
        browser.click("#save-policy");
        assertThat(browser.text()).contains("他の人が先に変更しました");
        browser.click("a.button.secondary[href='/portal/settings/sla/WORK_REQUEST/HIGH']");
        assertThat(browser.find("#field-warningPercent").getAttribute("value")).isEqualTo("70");
    }

    @Test
    void nonAdmins_seeNoSettings_andTheirPostsAreRefusedByTheServer() throws Exception {
        for (String role : new String[] {"viewer", "operator", "approver"}) {
            browser.loginAs("sato", role).open("/portal/");
            assertThat(browser.all("nav.site-nav a[href='/portal/settings/sla']")).isEmpty();
            browser.open("/portal/settings/sla");
            assertThat(browser.text()).contains("権限がありません");
            assertThat(browser.all("form[method=post] input[name=resolutionMinutes]")).isEmpty();
        }
        String cookie = "resas_session=" + browser.loginAs("sato", "operator", "approver").cookies().get("resas_session");
        long before = resolutionMinutes("LOW");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/settings/sla/INCIDENT/LOW")).header("Cookie", cookie)
                .header("Origin", server.getURL().toString())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("firstResponseMinutes=1&resolutionMinutes=2&warningPercent=50&version=0"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("権限がありません");
        assertThat(resolutionMinutes("LOW")).isEqualTo(before);
    }

    @Test
    void auditLog_filtersInTheUrl_keysetPages_andCsvWithTheSameFilters() throws Exception {
        for (int i = 1; i <= 60; i++) {
            sql.update("INSERT INTO audit_log (actor, action, target_type, target_id, details, source) "
                    + "VALUES ('audit-seed', 'ticket.update', 'ticket', ?, '{\"n\": " + i + "}'::jsonb, '127.0.0.1')",
                    String.valueOf(i));
        }
        browser.loginAs("yamada", "admin").open("/portal/");
        browser.click("nav.site-nav a[href='/portal/audit']");
        browser.type("#field-actor", "audit-seed").type("#field-action", "ticket.*").click("form.filters button[type=submit]");
        assertThat(browser.url()).contains("actor=audit-seed").contains("action=ticket.*");
        assertThat(browser.all("table.audit tbody tr")).hasSize(50);
        assertThat(browser.find("table.audit tbody tr").getText()).contains("audit-seed").contains("ticket 60");
        browser.checkPage("audit");

        String csvHref = browser.find("#audit-csv").getAttribute("href");
        assertThat(csvHref).contains("/portal/audit/csv?actor=audit-seed&action=ticket.*");
        browser.click("#audit-next");
        assertThat(browser.url()).contains("actor=audit-seed").contains("cursor=");
        assertThat(browser.all("table.audit tbody tr")).hasSize(10);
        assertThat(browser.all("#audit-next")).isEmpty();
        assertThat(browser.find("table.audit tbody").getText()).contains("ticket 1").doesNotContain("ticket 60");

        String cookie = "resas_session=" + browser.cookies().get("resas_session");
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref)).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv).startsWith("id,at,actor,action,targetType,targetId,details,source");
        assertThat(csv.lines().filter(line -> line.contains(",audit-seed,ticket.update,")).count()).isEqualTo(60);

        browser.open("/portal/audit?from=2026-13-01");
        assertThat(browser.find("#field-from").findElement(org.openqa.selenium.By.xpath(
                "preceding-sibling::p[@class='error-message']")).getText()).contains("YYYY-MM-DD");
        assertThat(browser.find("#field-from").getAttribute("value")).isEqualTo("2026-13-01");
        browser.checkRefusedPage("audit-refused", 400);

        String viewer = "resas_session=" + browser.loginAs("sato", "viewer", "operator", "approver").cookies().get("resas_session");
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/portal/audit/csv")).header("Cookie", viewer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("audit-seed");
    }

    @Test
    void admin_setsBudgets_andACalendarClosedDay_refusalsBesideTheirFields() throws java.io.IOException {
        browser.loginAs("yamada", "admin").open("/portal/settings/budgets");
        browser.type("#field-month", "2026-12").type("#field-thresholds", "100, 百").click("#save-budget");
        assertThat(browser.find("#field-thresholds").findElement(org.openqa.selenium.By.xpath(
                "preceding-sibling::p[@class='error-message']")).getText()).contains("百 は数として読めません");
        assertThat(browser.find("#field-month").getAttribute("value")).isEqualTo("2026-12");
        browser.checkRefusedPage("settings-budgets-refused", 400);
        browser.type("#field-thresholds", "100, 150.5").click("#save-budget");
        assertThat(browser.find("table").getText()).contains("2026-12 100, 150.5 USD");
        browser.checkPage("settings-budgets");

        browser.click(".sub-nav a[href='/portal/settings/calendar']");
        browser.type("#field-day", "2026-12-24").type("#field-reason", "庁舎停電").click("#close-day");
        assertThat(browser.find("section[aria-labelledby=closed-heading] table").getText()).contains("2026-12-24 庁舎停電");
        browser.type("#field-opening", "17:30").type("#field-closing", "08:30").click("#save-hours");
        assertThat(browser.find("#field-closing").findElement(org.openqa.selenium.By.xpath(
                "preceding-sibling::p[@class='error-message']")).getText()).contains("開庁時刻");
        browser.checkRefusedPage("settings-calendar-refused", 400);

        java.nio.file.Path file = java.nio.file.Files.createTempFile("syukujitsu", ".csv");
        java.nio.file.Files.writeString(file, "国民の祝日・休日月日,国民の祝日・休日名称\r\n2026/1/1,元日\r\n2026/12/23,独自の祝日\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        browser.find("#field-file").sendKeys(file.toAbsolutePath().toString());
        browser.click("#import-holidays");
        assertThat(browser.text()).contains("いま使っている祝日一覧：" + file.getFileName());
        browser.checkPage("settings-calendar");
    }
}
