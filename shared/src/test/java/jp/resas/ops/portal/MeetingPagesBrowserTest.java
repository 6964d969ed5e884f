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
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

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
}
