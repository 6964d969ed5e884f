package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.UpdatingTicket;
import jp.resas.ops.ticket.infrastructure.TicketService;
import jp.resas.ops.workrequest.WorkRequestRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A ticket's edit form (title, priority, due date through the API's update use case; a stale version is
 * a 409 that keeps what was typed), attaching a file from the page (refusals beside the field; a viewer
 * only to an inquiry they raised) and the lists' period and text filters (in the URL, kept by keyset pages).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketEditBrowserTest implements TestPropertyProvider {

    private static final String SAVE = "section[aria-labelledby=edit-heading] button[type=submit]";
    private static final String ATTACH = "section[aria-labelledby=files-heading] button[type=submit]";

    @Inject
    EmbeddedServer server;
    @Inject
    TicketService tickets;
    @Inject
    Sql sql;

    Browser browser;
    Path files;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.attachments.directory", Files.createTempDirectory("edit-attachments").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("resas.attachments.max-bytes", "64");
        return properties;
    }

    @BeforeAll
    void start() throws IOException {
        browser = new Browser(server.getURL().toString());
        files = Files.createTempDirectory("edit-uploads");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private long inquiry(String title, String requester) {
        return tickets.open(InquiryRules.RULES, new NewTicket(title, Priority.MEDIUM,
                Map.of("requesterKind", "OWNER", "channel", "EMAIL", "body", "本文"), null, null), new Actor(requester, "127.0.0.1")).value();
    }

    private String column(String column, long id) {
        return sql.queryOne("SELECT " + column + "::text FROM ticket WHERE id = ?", row -> row.getString(1), id)
                .orElse(null);
    }

    @Test
    void operatorEditsTitlePriorityAndDueDate_aStaleFormIsRefusedWithTheTypedValuesKept() {
        long id = inquiry("統計地図の表示が遅い", "tanaka");
        String due = LocalDate.now(Jst.ZONE).plusDays(14).toString();
        browser.loginAs("kato", "operator").open("/portal/inquiries/" + id);
        assertThat(browser.find("#field-title").getAttribute("value")).isEqualTo("統計地図の表示が遅い");

        browser.type("#field-title", "").choose("#field-priority", "高").click(SAVE);
        assertThat(browser.find(".field.has-error #field-title")).isNotNull();
        assertThat(browser.find(".notice-error").getText()).contains("title");
        assertThat(browser.find("#field-priority option:checked").getText()).isEqualTo("高");
        assertThat(column("priority", id)).isEqualTo("MEDIUM");
        browser.checkRefusedPage("ticket-edit-refused", 400);

        browser.type("#field-title", "統計地図（人口マップ）の表示が遅い").choose("#field-priority", "高");
        browser.driver().executeScript("document.getElementById('field-dueDate').value = arguments[0]", due);
        browser.click(SAVE);
        assertThat(column("title", id)).isEqualTo("統計地図（人口マップ）の表示が遅い");
        assertThat(column("priority", id)).isEqualTo("HIGH");
        assertThat(column("due_date", id)).isEqualTo(due);
        assertThat(browser.find("h1").getText()).contains("統計地図（人口マップ）の表示が遅い");
        assertThat(browser.find("#timeline + ol").getText()).contains("優先度変更: 「MEDIUM」 → 「HIGH」")
                .contains("件名変更");
        browser.checkPage("ticket-edited");

        // Someone changes it after the page was read: saving the form is refused, and what was typed stays.
        long read = Long.parseLong(column("version", id));
        tickets.update(InquiryRules.RULES, new TicketId(id), new UpdatingTicket.Change(read, Optional.empty(),
                Optional.of(Priority.LOW), Optional.empty()), new Actor("suzuki", "127.0.0.1"));
        browser.type("#field-title", "人口マップの表示が遅い（10 秒以上）").click(SAVE);
        assertThat(browser.text()).contains("他の人が先に変更しました");
        assertThat(browser.find("#field-title").getAttribute("value")).isEqualTo("人口マップの表示が遅い（10 秒以上）");
        assertThat(column("title", id)).isEqualTo("統計地図（人口マップ）の表示が遅い");
        assertThat(column("priority", id)).isEqualTo("LOW");
        browser.checkRefusedPage("ticket-edit-conflict", 409);
        // Saving the refused form again is still stale (it carries the version it was read at) ...
        browser.click(SAVE);
        assertThat(browser.text()).contains("他の人が先に変更しました");
        // ... the reload shows the other change, and saving from it works.
        browser.click("a.button.secondary[href='/portal/inquiries/" + id + "']");
        assertThat(browser.find("#field-priority option:checked").getText()).isEqualTo("低");
        browser.type("#field-title", "人口マップの表示が遅い（10 秒以上）").click(SAVE);
        assertThat(column("title", id)).isEqualTo("人口マップの表示が遅い（10 秒以上）");
        assertThat(column("priority", id)).isEqualTo("LOW");
    }

    @Test
    void onlyOperatorsSeeTheEditForm_andAViewersOrApproversPostIsRefused() throws Exception {
        long id = inquiry("権限のない変更", "tanaka");
        for (String group : new String[] {"viewer", "approver"}) {
            browser.loginAs("tanaka", group).open("/portal/inquiries/" + id);
            assertThat(browser.all("section[aria-labelledby=edit-heading]")).as(group).isEmpty();
            HttpResponse<String> answer = post("/portal/inquiries/" + id + "/edit",
                    "application/x-www-form-urlencoded", "version=1&title=x&priority=LOW".getBytes(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(group).isEqualTo(403);
        }
        assertThat(column("title", id) + ":" + column("priority", id)).isEqualTo("権限のない変更:MEDIUM");
    }

    @Test
    void attachingFromThePage_refusalsBesideTheField_viewerOnlyToTheirOwnInquiry() throws Exception {
        long own = inquiry("添付の確認", "tanaka");
        long others = inquiry("ほかの人の問合せ", "yamada");
        long work = tickets.open(WorkRequestRules.RULES, new NewTicket("作業依頼の添付", Priority.LOW,
                Map.of("workType", "EXTRACTION", "description", "抽出", "touchesProductionData", "false"),
                null, null), new Actor("kato", "127.0.0.1")).value();

        browser.loginAs("tanaka", "viewer").open("/portal/inquiries/" + own);
        browser.find("#field-file").sendKeys(file("画面写し.txt", "表示に 12 秒かかった").toString());
        browser.click(ATTACH);
        assertThat(browser.url()).endsWith("/portal/inquiries/" + own + "#files-heading");
        assertThat(browser.find("section[aria-labelledby=files-heading]").getText()).contains("画面写し.txt")
                .contains("tanaka");
        String href = browser.find("section[aria-labelledby=files-heading] table a").getAttribute("href");
        assertThat(download(href)).isEqualTo("表示に 12 秒かかった");
        browser.checkPage("ticket-attached");

        browser.find("#field-file").sendKeys(file("空.txt", "").toString());
        browser.click(ATTACH);
        assertThat(browser.find(".field.has-error .error-message").getText()).contains("空のファイル");
        browser.checkRefusedPage("ticket-attach-empty", 400);
        browser.find("#field-file").sendKeys(file("大きい.txt", "あ".repeat(30)).toString());
        browser.click(ATTACH);
        assertThat(browser.find(".field.has-error .error-message").getText()).contains("大きすぎます");
        browser.checkRefusedPage("ticket-attach-too-large", 400);
        browser.click(ATTACH);
        assertThat(browser.find(".field.has-error .error-message").getText()).contains("ファイルを選んでください");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_attachment WHERE ticket_id = ?", row -> row.getLong(1), own))
                .contains(1L);

        // Not theirs, and not an inquiry: no form, and the server refuses a forged upload.
        for (String path : new String[] {"/portal/inquiries/" + others, "/portal/work-requests/" + work}) {
            browser.open(path);
            assertThat(browser.all("#field-file")).as(path).isEmpty();
            HttpResponse<String> answer = post(path + "/attachments", "multipart/form-data; boundary=XX",
                    ("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                            + "Content-Type: text/plain\r\n\r\nforged\r\n--XX--\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_attachment WHERE ticket_id IN (?, ?)", row -> row.getLong(1),
                others, work)).contains(0L);

        browser.loginAs("kato", "operator").open("/portal/work-requests/" + work);
        browser.find("#field-file").sendKeys(file("手順.txt", "手順書").toString());
        browser.click(ATTACH);
        assertThat(browser.find("section[aria-labelledby=files-heading]").getText()).contains("手順.txt");
    }

    @Test
    void ticketListFiltersByPeriodAndText_inTheUrl_keptByTheNextPage() {
        for (int i = 1; i <= 52; i++) {
            inquiry("期間検索テスト " + i, "tanaka");
        }
        inquiry("別件の問合せ", "tanaka");
        String today = Jst.date(LocalDate.now(Jst.ZONE));
        String tomorrow = Jst.date(LocalDate.now(Jst.ZONE).plusDays(1));
        browser.loginAs("kato", "operator").open("/portal/inquiries");
        browser.type("#field-q", "期間検索");
        browser.driver().executeScript("document.getElementById('field-from').value = arguments[0];"
                + "document.getElementById('field-to').value = arguments[0]", today);
        browser.click("form.filters button[type=submit]");
        assertThat(browser.url()).contains("q=").contains("from=" + today).contains("to=" + today);
        assertThat(browser.find("#field-q").getAttribute("value")).isEqualTo("期間検索");
        assertThat(browser.all("table tbody tr")).hasSize(50);
        assertThat(browser.find("table").getText()).contains("期間検索テスト 52").doesNotContain("別件");
        browser.checkPage("inquiries-filtered");
        browser.click(".pager a");
        assertThat(browser.url()).contains("from=" + today).contains("cursor=");
        assertThat(browser.all("table tbody tr")).hasSize(2);
        assertThat(browser.find("table").getText()).contains("期間検索テスト 1").doesNotContain("別件");

        browser.open("/portal/inquiries?q=%E6%9C%9F%E9%96%93%E6%A4%9C%E7%B4%A2&from=" + tomorrow);
        assertThat(browser.all("table")).isEmpty();
        browser.open("/portal/inquiries?q=50%25");
        assertThat(browser.all("table")).isEmpty();
        browser.open("/portal/inquiries?from=" + tomorrow + "&to=" + today);
        assertThat(browser.find(".field.has-error #field-to")).isNotNull();
        assertThat(browser.find("#field-from").getAttribute("value")).isEqualTo(tomorrow);
        browser.checkRefusedPage("inquiries-bad-period", 400);
    }

    private Path file(String name, String content) {
        try {
            Path dir = Files.createTempDirectory(files, "f");
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String download(String href) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
