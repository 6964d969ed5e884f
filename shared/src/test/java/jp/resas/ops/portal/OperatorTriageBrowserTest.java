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
import java.time.temporal.ChronoUnit;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.IncidentTransition;
import jp.resas.ops.incident.infrastructure.IncidentService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** An operator triages an alarm-raised incident from the dashboard to MITIGATED, and what may not happen. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorTriageBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    AlarmIntakeService intake;
    @Inject
    IncidentService incidents;
    @Inject
    Sql sql;

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

    private String status(long id) {
        return sql.queryOne("SELECT status FROM incident WHERE id = ?", row -> row.getString(1), id).orElseThrow();
    }

    private int timeline(long id) {
        return sql.queryOne("SELECT count(*) FROM incident_timeline WHERE incident_id = ?", row -> row.getInt(1), id)
                .orElseThrow();
    }

    @Test
    void operator_triagesFromDashboardToMitigated_withANoteTypedByKeyboardAlone() {
        long id = raise("portal-api-5xx");
        browser.loginAs("kato", "operator");
        assertThat(browser.find("#open-incidents").getText()).matches("対応中の障害（\\d+件）");

        browser.click("section[aria-labelledby=unassigned] a[href='/portal/incidents/" + id + "']");
        assertThat(browser.url()).endsWith("/portal/incidents/" + id);
        browser.checkPage("incident-detail");

        browser.choose("#field-to", "暫定対応済")
                .type("#field-workaround", "ALB のターゲットを切り替えて暫定復旧")
                .click("button[type=submit].button:not(.secondary)");
        assertThat(status(id)).isEqualTo("MITIGATED");
        assertThat(browser.find("dl.facts .tag").getText()).isEqualTo("暫定対応済");
        assertThat(browser.text()).contains("ALB のターゲットを切り替えて暫定復旧");

        // The note form, completed with the keyboard alone: Tab to the field, type, Tab to its button, Enter.
        WebElement field = tabTo("field-text");
        new Actions(browser.driver()).sendKeys("原因は設定変更の可能性。ログを確認中").perform();
        assertThat(field.getAttribute("value")).isEqualTo("原因は設定変更の可能性。ログを確認中");
        browser.pressKeys(Keys.TAB, Keys.ENTER);
        assertThat(browser.url()).contains("/portal/incidents/" + id);
        assertThat(browser.find("#timeline + ol").getText()).contains("原因は設定変更の可能性。ログを確認中");
        browser.checkPage("incident-mitigated");

        browser.open("/portal/incidents?status=MITIGATED");
        assertThat(browser.find("table").getText()).contains("portal-api-5xx").contains("暫定対応済");
        browser.checkPage("incidents");
    }

    private WebElement tabTo(String id) {
        browser.driver().executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 80; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement active = browser.driver().switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) {
                return active;
            }
        }
        throw new AssertionError("the keyboard never reached #" + id);
    }

    @Test
    void staleForm_says409AndKeepsWhatWasTyped() {
        long id = raise("portal-db-cpu");
        browser.loginAs("kato", "operator").open("/portal/incidents/" + id);
        long read = incidents.dossier(new IncidentId(id)).orElseThrow().work().version();
        incidents.transition(new IncidentId(id), new IncidentTransition(IncidentStatus.MITIGATED, read, "別の担当者が対応",
                new IncidentReport(null, null, "フェイルオーバー済み", null, null)), new Actor("suzuki", "127.0.0.1"));

        browser.choose("#field-to", "暫定対応済").type("#field-workaround", "インスタンスを再起動")
                .click("button[type=submit].button:not(.secondary)");

        assertThat(browser.text()).contains("他の人が先に変更しました");
        assertThat(browser.find("#field-workaround").getAttribute("value")).isEqualTo("インスタンスを再起動");
        browser.checkRefusedPage("incident-conflict", 409);
        browser.click("a.button.secondary[href='/portal/incidents/" + id + "']");
        assertThat(browser.find("dl.facts .tag").getText()).isEqualTo("暫定対応済");
    }

    @Test
    void forgedCrossOriginPost_isRefused_andChangesNothing() throws Exception {
        long id = raise("portal-forged");
        String cookie = "resas_session=" + browser.loginAs("kato", "operator").cookies().get("resas_session");
        int before = timeline(id);
        HttpClient http = HttpClient.newHttpClient();
        String url = server.getURL() + "/portal/incidents/" + id + "/notes";

        // Another origin on this host: Micronaut's own CORS filter already refuses non-localhost origins to a
        // server on localhost, so this is the case only the portal's guard catches.
        HttpResponse<String> forged = http.send(form(url, cookie).header("Origin", "http://localhost:1").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> byReferer = http.send(form(url, cookie).header("Referer", "http://evil.example/page").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> nullOrigin = http.send(form(url, cookie).header("Origin", "null").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("何も変更されていません");
        assertThat(byReferer.statusCode()).isEqualTo(403);
        assertThat(byReferer.body()).contains("何も変更されていません");
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(timeline(id)).isEqualTo(before);

        HttpResponse<String> own = http.send(form(url, cookie).header("Origin", server.getURL().toString()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(timeline(id)).isEqualTo(before + 1);
    }

    @Test
    void viewer_postingTheFormAnyway_isRefusedByTheServer() throws Exception {
        long id = raise("portal-viewer-post");
        String cookie = "resas_session=" + browser.loginAs("tanaka", "viewer").cookies().get("resas_session");
        int before = timeline(id);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(form(server.getURL() + "/portal/incidents/" + id
                + "/transitions", cookie).header("Origin", server.getURL().toString()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("権限がありません");
        assertThat(status(id)).isEqualTo("DETECTED");
        assertThat(timeline(id)).isEqualTo(before);
    }

    private static HttpRequest.Builder form(String url, String cookie) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=forged&to=MITIGATED&version=0"));
    }
}
