package jp.resas.ops.portal;

import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.attachment.Upload;
import jp.resas.ops.attachment.infrastructure.AttachmentService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.incident.NewIncident;
import jp.resas.ops.incident.infrastructure.IncidentService;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.infrastructure.TicketService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service desk through the pages: a work request on production data waits for an approver other than
 * its author and records what was delivered; a change request's review and a stale decision (409); the
 * issue list's filters and keyset pages; the incident list's source, period and text filters, assignment
 * and acknowledging a page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceDeskBrowserTest implements TestPropertyProvider {

    private static final String SUBMIT = "section[aria-labelledby=transition-heading] button[type=submit]";

    @Inject
    EmbeddedServer server;
    @Inject
    TicketService tickets;
    @Inject
    IncidentService incidents;
    @Inject
    AlarmIntakeService intake;
    @Inject
    Sql sql;

    Browser browser;

    @Inject
    AttachmentService attachments;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.attachments.directory",
                    java.nio.file.Files.createTempDirectory("desk-attachments").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String status(long id) {
        return sql.queryOne("SELECT status FROM ticket WHERE id = ?", row -> row.getString(1), id).orElseThrow();
    }

    /** The status, checked with the page's text as the description, so a refusal says why. */
    private org.assertj.core.api.AbstractStringAssert<?> assertStatus(long id) {
        return assertThat(status(id)).as(browser.url() + "\n" + browser.text());
    }

    private long idFromUrl() {
        return Long.parseLong(browser.url().replaceAll("[#?].*", "").replaceAll(".*/", ""));
    }

    @Test
    void workRequestOnProductionData_waitsForAnotherApprover_thenRecordsWhatWasDelivered() {
        // kato holds both groups: acting as approver on his own request is the segregation-of-duties case.
        browser.loginAs("kato", "operator", "approver").open("/portal/work-requests");
        browser.click("a.button[href='/portal/work-requests/new']");
        browser.type("#field-title", "人口マップの抽出（本番）").choose("#field-workType", "データ抽出")
                .type("#field-description", "2020年国勢調査の市区町村別人口を CSV で抽出する")
                .choose("#field-touchesProductionData", "触れる（承認が必要）")
                .type("#field-dataScope", "population テーブル（2020年分）")
                .click("button[type=submit].button:not(.secondary)");
        long id = idFromUrl();
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("受付");
        attachments.attach(TicketKind.WORK_REQUEST, new TicketId(id), new Upload("抽出条件.txt", "text/plain",
                "市区町村コード 5 桁".getBytes(java.nio.charset.StandardCharsets.UTF_8)), new Actor("kato", "127.0.0.1"));
        browser.open("/portal/work-requests/" + id);
        String href = browser.find("section[aria-labelledby=files-heading] a").getAttribute("href");
        assertThat(browser.find("section[aria-labelledby=files-heading]").getText()).contains("抽出条件.txt")
                .contains("kato");
        browser.checkPage("work-request-received");
        assertThat(download(href)).isEqualTo("市区町村コード 5 桁");

        browser.choose("#field-to", "作業中").click(SUBMIT);
        assertThat(browser.find(".field.has-error #field-to")).isNotNull();
        assertThat(browser.text()).contains("本番データに触れる作業依頼は、承認者の承認を得てから開始してください");
        browser.checkRefusedPage("work-request-approval-required", 409);
        assertStatus(id).isEqualTo("RECEIVED");

        browser.choose("#field-to", "承認待ち").click(SUBMIT);
        assertStatus(id).isEqualTo("AWAITING_APPROVAL");
        browser.click("button[name=decision][value=approve]");
        assertThat(browser.find(".notice-error").getText()).contains("承認");
        assertStatus(id).isEqualTo("AWAITING_APPROVAL");
        browser.checkRefusedPage("work-request-sod-refused", 403);

        browser.loginAs("sato", "approver").open("/portal/work-requests/" + id);
        assertThat(browser.all("section[aria-labelledby=transition-heading]")).isEmpty();
        browser.type("#field-comment", "抽出範囲を確認しました").click("button[name=decision][value=approve]");
        assertStatus(id).isEqualTo("APPROVED");
        assertThat(browser.find("section[aria-labelledby=decisions-heading]").getText()).contains("sato")
                .contains("抽出範囲を確認しました");

        browser.loginAs("kato", "operator").open("/portal/work-requests/" + id);
        browser.choose("#field-to", "作業中").click(SUBMIT);
        browser.choose("#field-to", "作業完了").type("#field-result", "1,741 市区町村分を抽出しました")
                .click(SUBMIT);
        assertThat(browser.find(".field.has-error #field-deliverable")).isNotNull();
        assertThat(browser.find("#field-result").getAttribute("value")).isEqualTo("1,741 市区町村分を抽出しました");
        browser.checkRefusedPage("work-request-deliverable-refused", 400);
        browser.choose("#field-to", "作業完了").type("#field-deliverable", "共有フォルダ /extract/2026-11/population.csv")
                .click(SUBMIT);
        assertStatus(id).isEqualTo("DONE");
        assertThat(browser.find("dl.facts.text").getText()).contains("共有フォルダ /extract/2026-11/population.csv");
        browser.checkPage("work-request-done");
    }

    private String download(String href) {
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(href)).header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void changeRequest_reviewNeedsRiskAndRollback_aStaleDecisionSaysSomeoneChangedIt() {
        browser.loginAs("kato", "operator").open("/portal/change-requests/new");
        browser.checkPage("change-request-new");
        browser.choose("#field-changeKind", "設定").type("#field-title", "API のスロットリング上限を変更")
                .type("#field-target", "API Gateway ステージ prod").type("#field-reason", "アクセス増加への対応")
                .click("button[type=submit].button:not(.secondary)");
        long id = idFromUrl();
        browser.choose("#field-to", "レビュー中").type("#field-risk", "上限が高すぎるとバックエンドが過負荷")
                .click(SUBMIT);
        assertThat(browser.find(".field.has-error #field-rollbackPlan")).isNotNull();
        assertThat(browser.find("#field-risk").getAttribute("value")).isEqualTo("上限が高すぎるとバックエンドが過負荷");
        browser.checkRefusedPage("change-request-review-refused", 400);
        browser.choose("#field-to", "レビュー中").type("#field-rollbackPlan", "cdk deploy で前の値に戻す").click(SUBMIT);
        assertStatus(id).isEqualTo("REVIEW");

        browser.loginAs("sato", "approver").open("/portal/change-requests/" + id);
        long read = sql.queryOne("SELECT version FROM ticket WHERE id = ?", row -> row.getLong(1), id).orElseThrow();
        tickets.assign(TicketKind.CHANGE_REQUEST, new TicketId(id), "suzuki", read, new Actor("suzuki", "127.0.0.1"));
        browser.type("#field-comment", "切り戻しの検証結果を添えてください").click("button[name=decision][value=reject]");
        assertThat(browser.text()).contains("他の人が先に変更しました");
        assertThat(browser.find("#field-comment").getAttribute("value")).isEqualTo("切り戻しの検証結果を添えてください");
        assertStatus(id).isEqualTo("REVIEW");
        browser.checkRefusedPage("change-request-conflict", 409);
        browser.click("a.button.secondary[href='/portal/change-requests/" + id + "']");
        browser.type("#field-comment", "切り戻しの検証結果を添えてください").click("button[name=decision][value=reject]");
        assertStatus(id).isEqualTo("REJECTED");
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("却下");
        browser.checkPage("change-request-rejected");
    }

    @Test
    void issueList_filtersLiveInTheUrl_andPagesByKeyset() {
        for (int i = 1; i <= 53; i++) {
            tickets.open(IssueRules.RULES, new NewTicket("ページ送り課題 " + i, Priority.LOW,
                    Map.of("description", "課題 " + i), "paging-owner", null), new Actor("kato", "127.0.0.1"));
        }
        browser.loginAs("kato", "operator").open("/portal/issues");
        browser.type("#field-assignee", "paging-owner").click("form.filters button[type=submit]");
        assertThat(browser.url()).contains("assignee=paging-owner");
        assertThat(browser.all("table tbody tr")).hasSize(50);
        assertThat(browser.find("table tbody tr").getText()).contains("ページ送り課題 53");
        browser.checkPage("issues");
        browser.click(".pager a");
        assertThat(browser.url()).contains("assignee=paging-owner").contains("cursor=");
        assertThat(browser.all("table tbody tr")).hasSize(3);
        assertThat(browser.find("table").getText()).contains("ページ送り課題 1").doesNotContain("ページ送り課題 53");
        assertThat(browser.all(".pager a")).isEmpty();

        browser.open("/portal/issues?status=NOPE");
        assertThat(browser.find(".notice-error").getText()).contains("status");
        browser.checkRefusedPage("issues-bad-filter", 400);

        browser.open("/portal/issues/new");
        browser.type("#field-title", "会議資料の様式統一").type("#field-description", "月次報告の様式を揃える")
                .click("button[type=submit].button:not(.secondary)");
        long id = idFromUrl();
        browser.choose("#field-to", "解決済").type("#field-resolution", "様式を決定し共有した").click(SUBMIT);
        assertStatus(id).isEqualTo("RESOLVED");
        browser.checkPage("issue-resolved");
    }

    @Test
    void incidentList_filtersBySourcePeriodAndText_assignsAndAcknowledgesAPage() {
        intake.receive(eventBridge("desk-filter-api-5xx", "ALARM", Instant.now().minus(5, ChronoUnit.MINUTES)));
        long alarm = sql.queryOne("SELECT id FROM incident WHERE alarm_name = ?", row -> row.getLong(1),
                "desk-filter-api-5xx").orElseThrow();
        long manual = incidents.raise(new NewIncident("desk-filter 利用者からの報告", 3, false, null),
                new Actor("kato", "127.0.0.1")).value();
        incidents.raise(new NewIncident("関係のない報告", 4, false, null), new Actor("kato", "127.0.0.1"));
        String today = Jst.date(LocalDate.now(Jst.ZONE));
        String tomorrow = Jst.date(LocalDate.now(Jst.ZONE).plusDays(1));

        browser.loginAs("kato", "operator").open("/portal/incidents");
        browser.choose("#field-source", "アラーム").type("#field-q", "desk-filter")
                .click("form.filters button[type=submit]");
        assertThat(browser.url()).contains("source=ALARM").contains("q=desk-filter");
        assertThat(browser.find("#field-q").getAttribute("value")).isEqualTo("desk-filter");
        assertThat(browser.find("table").getText()).contains("desk-filter-api-5xx")
                .doesNotContain("利用者からの報告");
        browser.checkPage("incidents-filtered");

        browser.open("/portal/incidents?q=desk-filter&from=" + today + "&to=" + today);
        assertThat(browser.all("table tbody tr")).hasSize(2);
        assertThat(browser.find("table").getText()).doesNotContain("関係のない報告");
        browser.open("/portal/incidents?q=desk-filter&from=" + tomorrow);
        assertThat(browser.all("table")).isEmpty();
        browser.open("/portal/incidents?source=MANUAL&q=DESK-FILTER");
        assertThat(browser.find("table").getText()).contains("利用者からの報告");
        browser.open("/portal/incidents?from=" + tomorrow + "&to=" + today);
        assertThat(browser.find(".field.has-error #field-to")).isNotNull();
        assertThat(browser.find("#field-from").getAttribute("value")).isEqualTo(tomorrow);
        browser.checkRefusedPage("incidents-bad-period", 400);

        browser.open("/portal/incidents/" + manual);
        browser.type("#field-assignee", "suzuki").click("section[aria-labelledby=assign-heading] button");
        assertThat(browser.find("dl.facts").getText()).contains("suzuki");
        assertThat(sql.queryOne("SELECT assignee FROM incident WHERE id = ?", row -> row.getString(1),
                manual)).contains("suzuki");

        // A page sent for the alarm incident (issue 15's sweep records it so), waiting to be acknowledged.
        sql.update("INSERT INTO incident_page (incident_id, opening, severity, week_start, shift, paged_at) "
                + "VALUES (?, 0, 2, ?, 'BUSINESS_HOURS', ?)", alarm, LocalDate.now(), Instant.now());
        browser.open("/portal/incidents/" + alarm);
        assertThat(browser.find("section[aria-labelledby=ack-heading]").getText()).contains("まだ承知されていません");
        browser.checkPage("incident-page-waiting");
        browser.click("section[aria-labelledby=ack-heading] button");
        assertThat(browser.all("section[aria-labelledby=ack-heading]")).isEmpty();
        assertThat(browser.find("#timeline + ol").getText()).contains("承知: kato");
        assertThat(sql.queryOne("SELECT acknowledged_by FROM incident_page WHERE incident_id = ?",
                row -> row.getString(1), alarm)).contains("kato");
    }
}
