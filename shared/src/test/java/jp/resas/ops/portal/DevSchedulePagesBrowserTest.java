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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.devschedule.DevItemChange;
import jp.resas.ops.devschedule.DevItemKind;
import jp.resas.ops.devschedule.DevStatus;
import jp.resas.ops.devschedule.Milestone;
import jp.resas.ops.devschedule.MilestoneDates;
import jp.resas.ops.devschedule.infrastructure.DevScheduleService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The development schedule on pages (issue 19): an operator updates an item's milestones, a refusal shows
 * beside its field with the input kept; a viewer reads it with no write control and a forged POST is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevSchedulePagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    DevScheduleService schedule;
    @Inject
    Sql sql;

    Browser browser;
    long item;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void anItem() {
        Map<Milestone, MilestoneDates> dates = new EnumMap<>(Milestone.class);
        LocalDate start = LocalDate.of(2026, 10, 1);
        for (Milestone m : Milestone.values()) {
            dates.put(m, new MilestoneDates(start.plusWeeks(2L * m.ordinal()), null));
        }
        item = schedule.add(new DevItemChange("地域経済循環マップの改修", DevItemKind.MENU, "表示項目の追加",
                DevStatus.IN_PROGRESS, 30, dates, List.of()), new Actor("kato", "127.0.0.1"));
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private void set(String id, String value) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private String stored(String column) {
        return sql.queryOne("SELECT " + column + "::text FROM dev_item WHERE id = ?", row -> row.getString(1), item)
                .orElseThrow();
    }

    @Test
    void operatorUpdatesMilestones_refusalBesideTheField_viewerCannot() throws Exception {
        browser.loginAs("kato", "operator").open("/portal/meetings");
        browser.click("a[href='/portal/schedule']");
        assertThat(browser.find("#item-" + item).getText()).contains("地域経済循環マップの改修").contains("2026-10-01");
        browser.checkPage("schedule");
        browser.click("a[href='/portal/schedule/" + item + "']");

        browser.choose("#field-status", "完了").type("#field-progress", "80");
        set("field-milestones.DESIGN.actual", "2026-10-02");
        browser.click("section[aria-labelledby=update-heading] button");
        assertThat(browser.find(".field.has-error #field-status")).isNotNull();
        assertThat(browser.text()).contains("完了にするにはリリースの実績日と進捗 100 が必要です");
        assertThat(browser.find("#field-progress").getAttribute("value")).isEqualTo("80");
        assertThat(browser.find("[id='field-milestones.DESIGN.actual']").getAttribute("value")).isEqualTo("2026-10-02");
        assertThat(stored("status")).isEqualTo("IN_PROGRESS");
        browser.checkRefusedPage("schedule-item-refused", 400);

        browser.choose("#field-status", "開発中");
        set("field-milestones.TEST.planned", "2026-11-05");
        browser.click("section[aria-labelledby=update-heading] button");
        assertThat(browser.url()).contains("/portal/schedule#item-" + item);
        assertThat(stored("progress")).isEqualTo("80");
        assertThat(browser.find("#item-" + item).getText()).contains("実績 2026-10-02").contains("予定 2026-11-05");

        browser.loginAs("tanaka", "viewer").open("/portal/schedule/" + item);
        assertThat(browser.all("section[aria-labelledby=update-heading]")).isEmpty();
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/schedule/" + item))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=1&status=ON_HOLD&progress=0")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stored("status")).isEqualTo("IN_PROGRESS");
    }
}
