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
import java.time.YearMonth;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 改善提案 through the pages (issue 19): drafted (a refusal beside the field), written, submitted only once
 * every section is written, the author refused by segregation of duties, accepted by another approver;
 * the 改善提案書 downloads as .docx; a viewer sees no write control and a forged decision is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void start() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private String status(long id) {
        return sql.queryOne("SELECT status FROM improvement_proposal WHERE id = ?", row -> row.getString(1), id)
                .orElseThrow();
    }

    @Test
    void draftedWrittenSubmitted_authorRefused_anotherApproverAccepts() throws Exception {
        String month = YearMonth.now(Jst.ZONE).minusMonths(1).toString();
        browser.loginAs("kato", "operator", "approver").open("/portal/meetings");
        browser.click("a[href='/portal/proposals']");
        browser.type("#field-title", "問合せの初回応答を早める").click("section[aria-labelledby=draft-heading] button");
        assertThat(browser.find(".field.has-error #field-month")).isNotNull();
        assertThat(browser.find("#field-title").getAttribute("value")).isEqualTo("問合せの初回応答を早める");
        browser.checkRefusedPage("proposals-refused", 400);
        browser.type("#field-month", month).click("section[aria-labelledby=draft-heading] button");
        long id = Long.parseLong(browser.url().replaceAll(".*/", ""));
        assertThat(status(id)).isEqualTo("DRAFT");

        browser.type("#field-proposal", "受付時に定型の一次回答を返す").type("#field-expectedEffect", "初回応答時間の短縮")
                .click("section[aria-labelledby=write-heading] button.secondary");
        browser.click("#submit-proposal");
        assertThat(browser.find(".notice-error").getText()).contains("提出するには");
        assertThat(status(id)).isEqualTo("DRAFT");
        browser.checkRefusedPage("proposal-submit-refused", 400);
        browser.type("#field-cost", "追加費用なし（運用手順の変更のみ）")
                .click("section[aria-labelledby=write-heading] button.secondary");
        browser.click("#submit-proposal");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        browser.click("button[name=decision][value=accept]");
        assertThat(browser.find(".notice-error").getText()).contains("採否を決められません");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        browser.checkRefusedPage("proposal-sod-refused", 403);

        browser.loginAs("sato", "approver").open("/portal/proposals/" + id);
        browser.type("#field-comment", "来月から試行").click("button[name=decision][value=accept]");
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(browser.find("#proposal-status").getText()).isEqualTo("採用");
        browser.checkPage("proposal-accepted");
        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/proposals/" + id + ".docx"))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        browser.loginAs("tanaka", "viewer").open("/portal/proposals");
        assertThat(browser.all("section[aria-labelledby=draft-heading]")).isEmpty();
        assertThat(browser.find("table").getText()).contains("問合せの初回応答を早める");
        browser.checkPage("proposals");
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/proposals/" + id + "/decision"))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=1&decision=decline")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }
}
