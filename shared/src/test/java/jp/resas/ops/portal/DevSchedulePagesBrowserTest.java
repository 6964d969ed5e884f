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
 * An operator adds an item with its four milestones on a page (out-of-order dates and an unknown change
 * request refused beside their fields, nothing stored); a viewer cannot add one.
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

    private long items(String name) {
        return sql.queryOne("SELECT count(*) FROM dev_item WHERE name = ?", row -> row.getLong(1), name).orElseThrow();
    }

    @Test
    void operatorAddsAnItemWithItsMilestones_refusalsBesideTheField_viewerCannotAdd() throws Exception {
        String name = "人口マップ 将来推計の追加";
        browser.loginAs("kato", "operator").open("/portal/schedule");
        browser.click("a.button[href='/portal/schedule/new']");
        browser.type("#field-name", name).choose("#field-kind", "機能").type("#field-description", "2050年推計の表示")
                .choose("#field-status", "開発中").type("#field-progress", "10").type("#field-changeRequests", "999999");
        set("field-milestones.DESIGN.planned", "2026-12-01");
        set("field-milestones.DESIGN.actual", "2026-11-27");
        set("field-milestones.BUILD.planned", "2026-12-15");
        set("field-milestones.TEST.planned", "2026-12-10");
        set("field-milestones.RELEASE.planned", "2027-01-15");
        browser.click("#add-item");
        assertThat(browser.find("td.has-error [id='field-milestones.TEST.planned']")).isNotNull();
        assertThat(browser.text()).contains("試験の予定日は前の工程の予定日以降にしてください");
        assertThat(browser.find("#field-name").getAttribute("value")).isEqualTo(name);
        assertThat(browser.find("[id='field-milestones.RELEASE.planned']").getAttribute("value")).isEqualTo("2027-01-15");
        assertThat(items(name)).isZero();
        browser.checkRefusedPage("schedule-new-refused", 400);

        set("field-milestones.TEST.planned", "2026-12-22");
        browser.click("#add-item");
        assertThat(browser.find(".field.has-error #field-changeRequests")).isNotNull();
        assertThat(browser.text()).contains("変更要求 [999999] は存在しません");
        assertThat(items(name)).isZero();
        assertThat(browser.browserErrors()).allMatch(message -> message.contains("status of 400"));

        browser.type("#field-changeRequests", "");
        browser.click("#add-item");
        long id = sql.queryOne("SELECT id FROM dev_item WHERE name = ?", row -> row.getLong(1), name).orElseThrow();
        assertThat(browser.url()).contains("/portal/schedule#item-" + id);
        assertThat(browser.find("#item-" + id).getText()).contains("機能").contains("開発中").contains("10%")
                .contains("予定 2026-12-01 / 実績 2026-11-27").contains("予定 2026-12-22").contains("予定 2027-01-15");
        assertThat(sql.queryOne("SELECT kind || ':' || status || ':' || progress FROM dev_item WHERE id = ?",
                row -> row.getString(1), id)).contains("FUNCTION:IN_PROGRESS:10");
        browser.checkPage("schedule-item-added");

        browser.loginAs("tanaka", "viewer").open("/portal/schedule");
        assertThat(browser.all("a.button[href='/portal/schedule/new']")).isEmpty();
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/schedule"))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x&kind=MENU&status=PLANNED"
                        + "&milestones.DESIGN.planned=2027-01-01&milestones.BUILD.planned=2027-01-02"
                        + "&milestones.TEST.planned=2027-01-03&milestones.RELEASE.planned=2027-01-04")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(items("x")).isZero();
    }
}
