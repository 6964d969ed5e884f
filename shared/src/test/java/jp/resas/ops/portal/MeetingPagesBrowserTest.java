package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Meetings and minutes through the pages (issue 19): recording a meeting (refusals beside the field, the
 * action-item row named), editing and submitting the draft, the author refused by segregation of duties,
 * another approver returns it, it is corrected and approved; its action items land in the issue list
 * once, linked back; the minutes download as .docx; a viewer sees no write control and is refused.
 * Approved minutes are corrected on the page: the correction is a new draft needing approval again, the
 * approved version stays readable in the history, a correction without a reason or of a draft is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    jp.resas.ops.meeting.infrastructure.MeetingService meetings;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        try {
            // the ticket pages read attachments, which need their store (as resas-ops local configures it)
            properties.put("resas.attachments.directory",
                    java.nio.file.Files.createTempDirectory("portal-rest-store").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeAll
    void start() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private String minutes(long meeting) {
        return sql.queryOne("SELECT number || ':' || status FROM meeting_minutes WHERE meeting_id = ? ORDER BY number DESC LIMIT 1",
                row -> row.getString(1), meeting).orElseThrow();
    }

    private void set(String id, String value) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    @Test
    void operatorRecordsAndSubmits_authorRefused_approverReturnsThenApproves_actionItemsInTheIssueListOnce()
            throws Exception {
        browser.loginAs("kato", "operator", "approver").open("/portal/meetings");
        browser.click("a.button[href='/portal/meetings/new']");
        browser.checkPage("meeting-new");
        browser.choose("#field-kind", "週次定例会").type("#field-title", "第48週 定例会");
        set("field-startsAt", "2026-11-20T15:00");
        set("field-endsAt", "2026-11-20T16:00");
        browser.type("#field-ownerAttendees", "主管課 山田\n主管課 佐藤").type("#field-operatorAttendees", "加藤")
                .type("#field-agenda", "1. 週次報告\n2. データ更新の予定")
                .type("#field-actionItems\\[0\\]\\.title", "出典一覧の様式を確認する")
                .type("#field-actionItems\\[0\\]\\.owner", "加藤")
                .click("form[action='/portal/meetings'] button[type=submit]");
        assertThat(browser.find(".notice-error").getText()).contains("1 行目").contains("期日");
        assertThat(browser.find("#field-actionItems\\[0\\]\\.title").getAttribute("value")).isEqualTo("出典一覧の様式を確認する");
        assertThat(browser.find("#field-title").getAttribute("value")).isEqualTo("第48週 定例会");
        browser.checkRefusedPage("meeting-new-refused", 400);
        set("field-actionItems[0].dueDate", "2026-12-04");
        browser.click("form[action='/portal/meetings'] button[type=submit]");
        long id = Long.parseLong(browser.url().replaceAll(".*/", ""));
        assertThat(minutes(id)).isEqualTo("1:DRAFT");
        java.time.Instant due = sql.queryOne("SELECT minutes_due_at FROM meeting WHERE id = ?",
                row -> row.getTimestamp(1).toInstant(), id).orElseThrow();
        assertThat(browser.find("dl.facts").getText()).contains("主管課 山田、主管課 佐藤")
                .contains(jp.resas.ops.portal.web.Jst.at(due));

        browser.type("#field-decisions", "様式は現行のまま").click("section[aria-labelledby=edit-heading] button");
        assertThat(browser.find("section[aria-labelledby=minutes-heading]").getText()).contains("様式は現行のまま");
        browser.click("#submit-minutes");
        assertThat(minutes(id)).isEqualTo("1:SUBMITTED");
        browser.click("button[name=decision][value=approve]");
        assertThat(browser.find(".notice-error").getText()).contains("承認または差戻しできません");
        assertThat(minutes(id)).isEqualTo("1:SUBMITTED");
        browser.checkRefusedPage("meeting-sod-refused", 403);

        browser.loginAs("sato", "approver").open("/portal/meetings/" + id);
        assertThat(browser.all("section[aria-labelledby=edit-heading]")).isEmpty();
        browser.type("#field-comment", "決定事項に期限を書いてください").click("button[name=decision][value=return]");
        assertThat(minutes(id)).isEqualTo("1:RETURNED");

        browser.loginAs("kato", "operator").open("/portal/meetings/" + id);
        assertThat(browser.find("section[aria-labelledby=minutes-heading]").getText()).contains("決定事項に期限を書いてください");
        browser.type("#field-decisions", "様式は現行のまま（12月4日までに確認）").click("section[aria-labelledby=edit-heading] button");
        browser.click("#submit-minutes");
        browser.loginAs("sato", "approver").open("/portal/meetings/" + id);
        browser.click("button[name=decision][value=approve]");
        assertThat(minutes(id)).isEqualTo("1:APPROVED");
        String issue = browser.find("#action-items a").getAttribute("href");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket WHERE kind = 'ISSUE' AND title LIKE '%出典一覧の様式を確認する%'",
                row -> row.getLong(1))).contains(1L);
        browser.checkPage("meeting-approved");
        browser.open(URI.create(issue).getRawPath());
        assertThat(browser.find("h1").getText()).contains("出典一覧の様式を確認する");

        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/meetings/" + id + "/minutes/1.docx"))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        browser.loginAs("tanaka", "viewer").open("/portal/meetings");
        assertThat(browser.find("table").getText()).contains("第48週 定例会");
        assertThat(browser.all("a.button[href='/portal/meetings/new']")).isEmpty();
        browser.checkPage("meetings");
        browser.open("/portal/meetings/" + id);
        assertThat(browser.all("form[method=post]").stream()
                .filter(f -> !f.getAttribute("action").endsWith("/portal/logout")).toList()).isEmpty();
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/meetings/" + id + "/minutes/decision"))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=1&decision=return")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(minutes(id)).isEqualTo("1:APPROVED");
    }

    private long approvedMeeting() {
        jp.resas.ops.common.Actor author = new jp.resas.ops.common.Actor("ito", "127.0.0.1");
        long id = meetings.record(new jp.resas.ops.meeting.NewMeeting(jp.resas.ops.meeting.MeetingKind.MONTHLY,
                "11月 月次定例会", java.time.Instant.parse("2026-11-24T05:00:00Z"),
                java.time.Instant.parse("2026-11-24T06:30:00Z"), java.util.List.of("主管課 山田"), java.util.List.of("伊藤"),
                "月次定例報告書 令和8年10月分 第1版", new jp.resas.ops.meeting.MinutesContent("1. 月次報告", "障害の再発防止策を承認",
                java.util.List.of(new jp.resas.ops.meeting.ActionItem(null, "再発防止策の手順書を更新する", "伊藤",
                        java.time.LocalDate.of(2026, 12, 11), jp.resas.ops.sla.Priority.HIGH)))), author);
        meetings.submit(id, version(id), author);
        meetings.approve(id, version(id), null, new jp.resas.ops.common.Actor("yamada", "127.0.0.1"));
        return id;
    }

    private long version(long meeting) {
        return sql.queryOne("SELECT version FROM meeting WHERE id = ?", row -> row.getLong(1), meeting).orElseThrow();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void approvedMinutesCorrectedOnThePage_newVersionApprovedAgain_frozenVersionReadable_refusalsKeepItFrozen()
            throws Exception {
        long id = approvedMeeting();
        String frozen = sql.queryOne("SELECT decisions FROM meeting_minutes WHERE meeting_id = ? AND number = 1",
                row -> row.getString(1), id).orElseThrow();

        browser.loginAs("ito", "operator").open("/portal/meetings/" + id);
        assertThat(browser.all("section[aria-labelledby=edit-heading]")).isEmpty();
        browser.type("#field-decisions", "（訂正）障害の再発防止策を条件付きで承認").click("#correct-minutes");
        assertThat(browser.find(".field.has-error #field-reason")).isNotNull();
        assertThat(browser.find("#field-decisions").getAttribute("value")).isEqualTo("（訂正）障害の再発防止策を条件付きで承認");
        assertThat(minutes(id)).isEqualTo("1:APPROVED");
        browser.checkRefusedPage("meeting-correction-refused", 400);

        browser.type("#field-reason", "決定事項の条件が漏れていたため")
                .type("#field-actionItems\\[1\\]\\.title", "条件の達成状況を報告する")
                .type("#field-actionItems\\[1\\]\\.owner", "伊藤");
        set("field-actionItems[1].dueDate", "2026-12-18");
        browser.click("#correct-minutes");
        assertThat(minutes(id)).isEqualTo("2:DRAFT");
        assertThat(browser.find("#minutes-status").getText()).contains("第2版").contains("作成中");
        assertThat(browser.find("#correction-reason").getText()).isEqualTo("決定事項の条件が漏れていたため");
        String history = browser.find("#version-1").getText();
        assertThat(history).contains("第1版（承認済）").contains("障害の再発防止策を承認").contains("yamada")
                .contains("再発防止策の手順書を更新する").doesNotContain("条件の達成状況を報告する");
        assertThat(sql.queryOne("SELECT decisions FROM meeting_minutes WHERE meeting_id = ? AND number = 1",
                row -> row.getString(1), id)).contains(frozen);

        // a second correction while the first is a draft is refused; so is an edit of version 1 by any route
        HttpResponse<String> again = post("/portal/meetings/" + id + "/minutes/corrections",
                "version=" + version(id) + "&reason=x&agenda=y");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(minutes(id)).isEqualTo("2:DRAFT");

        browser.click("#submit-minutes");
        assertThat(minutes(id)).isEqualTo("2:SUBMITTED");
        browser.loginAs("ito", "operator", "approver").open("/portal/meetings/" + id);
        browser.click("button[name=decision][value=approve]");
        assertThat(browser.find(".notice-error").getText()).contains("承認または差戻しできません");
        assertThat(minutes(id)).isEqualTo("2:SUBMITTED");

        browser.loginAs("yamada", "approver").open("/portal/meetings/" + id);
        browser.click("button[name=decision][value=approve]");
        assertThat(minutes(id)).isEqualTo("2:APPROVED");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket WHERE kind = 'ISSUE' AND title LIKE '%再発防止策の手順書を更新する%'",
                row -> row.getLong(1))).contains(1L);
        assertThat(sql.queryOne("SELECT count(*) FROM ticket WHERE kind = 'ISSUE' AND title LIKE '%条件の達成状況を報告する%'",
                row -> row.getLong(1))).contains(1L);
        assertThat(browser.find("#version-1").getText()).contains("第1版（承認済）");
        browser.checkPage("meeting-corrected");

        browser.loginAs("tanaka", "viewer").open("/portal/meetings/" + id);
        assertThat(browser.all("section[aria-labelledby=correct-heading]")).isEmpty();
        HttpResponse<String> forged = post("/portal/meetings/" + id + "/minutes/corrections",
                "version=" + version(id) + "&reason=x&agenda=y");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(minutes(id)).isEqualTo("2:APPROVED");
    }
}
