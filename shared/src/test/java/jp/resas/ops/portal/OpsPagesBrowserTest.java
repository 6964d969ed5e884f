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
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Maintenance windows (plan, refusal beside the field, cancel), and the monitoring and costs pages with
 * their charts and the tables that carry the same figures, from figures the collectors store.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpsPagesBrowserTest implements TestPropertyProvider {

    static final String MONTH = "2026-10";

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    /** A month of figures as the metrics, logs, access and cost collectors store them. */
    @BeforeAll
    void aMonthOfFigures() {
        for (int d = 1; d <= 31; d++) {
            LocalDate day = LocalDate.of(2026, 10, d);
            sql.update("INSERT INTO availability_daily (service, day, periods, breached_periods, idle_periods) VALUES (?, ?, 288, ?, 0)",
                    "resas-ops", day, d == 12 ? 6 : 0);
            sql.update("INSERT INTO metric_daily (day, service, namespace, metric, resource, stat, value, threshold, breached) "
                    + "VALUES (?, 'resas-ops', 'AWS/RDS', 'CPUUtilization', 'resas-db', 'Maximum', ?, 80, ?)", day, 40.0 + d, 40 + d > 80);
            sql.update("INSERT INTO log_error_daily (day, service, source, errors) VALUES (?, 'resas-ops', 'api', ?)", day, (long) (d % 7));
            sql.update("INSERT INTO log_server_error_daily (day, service, server_errors) VALUES (?, 'resas-ops', ?)", day, (long) (d % 3));
            sql.update("INSERT INTO access_daily (day, service, requests, page_views, unique_visitors, log_files) VALUES (?, 'public-site', ?, ?, ?, 24)",
                    day, 10_000L + d * 100, 6_000L + d * 50, 900L + d);
            sql.update("INSERT INTO cost_daily (day, service, unblended, amortized, unit, estimated) VALUES (?, 'Amazon RDS', ?, ?, 'USD', false)",
                    day, new java.math.BigDecimal("2.10").add(java.math.BigDecimal.valueOf(d, 2)), new java.math.BigDecimal("2.00"));
        }
        sql.update("INSERT INTO cost_monthly (month, service, unblended, amortized, unit, estimated) VALUES (?, 'Amazon RDS', 70.06, 62.00, 'USD', false)", MONTH);
        sql.update("INSERT INTO cost_monthly (month, service, unblended, amortized, unit, estimated) VALUES (?, 'AWS Lambda', NULL, NULL, 'USD', true)", MONTH);
        sql.update("INSERT INTO cost_forecast (month, amount, unit, computed_on) VALUES (?, 71.5, 'USD', ?)", MONTH, LocalDate.of(2026, 10, 31));
        sql.update("INSERT INTO cost_budget (month, threshold, unit) VALUES ('*', 60, 'USD'), ('*', 100, 'USD')");
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String windowStatus(String title) {
        return sql.queryOne("SELECT status FROM maintenance_window WHERE title = ?", row -> row.getString(1), title).orElse(null);
    }

    private void setDateTime(String id, String value) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void operator_plansAWindow_aRefusalKeepsTheInput_thenCancelsIt() {
        browser.loginAs("kato", "operator").open("/portal/");
        browser.click("nav.site-nav a[href='/portal/maintenance']");
        browser.type("#field-title", "DB のマイナーバージョン更新").type("#field-services", "Aurora\nAPI")
                .type("#field-alarmPatterns", "Aurora: ResasOps-Db-*");
        setDateTime("field-startsAt", "2026-12-05T22:00");
        setDateTime("field-endsAt", "2026-12-05T21:00");
        browser.click("#plan-window");

        assertThat(browser.find("#field-endsAt").findElement(By.xpath("preceding-sibling::p[@class='error-message']"))
                .getText()).contains("開始日時");
        assertThat(browser.find("#field-title").getAttribute("value")).isEqualTo("DB のマイナーバージョン更新");
        assertThat(browser.find("#field-services").getAttribute("value")).isEqualTo("Aurora\nAPI");
        assertThat(windowStatus("DB のマイナーバージョン更新")).isNull();
        browser.checkRefusedPage("maintenance-refused", 400);

        browser.type("#field-alarmPatterns", "Aurora ResasOps-Db-*");
        setDateTime("field-endsAt", "2026-12-06T01:00");
        browser.click("#plan-window");
        assertThat(browser.find("#field-alarmPatterns").findElement(By.xpath("preceding-sibling::p[@class='error-message']"))
                .getText()).contains("1 行目");
        browser.checkRefusedPage("maintenance-refused-pattern", 400);

        browser.type("#field-alarmPatterns", "Aurora: ResasOps-Db-*");
        browser.click("#plan-window");
        assertThat(browser.url()).matches(".*/portal/maintenance/\\d+$");
        assertThat(browser.find("dl.facts").getText()).contains("2026-12-05 22:00").contains("2026-12-06 01:00")
                .contains("Aurora：ResasOps-Db-*");
        assertThat(windowStatus("DB のマイナーバージョン更新")).isEqualTo("SCHEDULED");
        browser.checkPage("maintenance-window");

        browser.click("#cancel-window");
        assertThat(windowStatus("DB のマイナーバージョン更新")).isEqualTo("CANCELLED");
        assertThat(browser.find("dl.facts .tag").getText()).isEqualTo("中止");
        assertThat(browser.all("#cancel-window")).isEmpty();

        browser.open("/portal/maintenance");
        assertThat(browser.find("table").getText()).contains("DB のマイナーバージョン更新").contains("中止");
        browser.checkPage("maintenance");
    }

    @Test
    void viewer_seesNoPlanForm_andTheirPostIsRefused() throws Exception {
        String cookie = browser.loginAs("sato", "viewer").cookies().get("resas_session");
        browser.open("/portal/maintenance");
        assertThat(browser.all("main form[method=post]")).isEmpty();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/maintenance")).header("Cookie", "resas_session=" + cookie)
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=viewer&kind=PLANNED&services=API"
                        + "&startsAt=2026-12-01T10:00&endsAt=2026-12-01T11:00")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(windowStatus("viewer")).isNull();
    }

    @Test
    void monitoring_showsAvailabilityErrorsHeadroomAndAccess_withChartsAndTables() {
        browser.loginAs("sato", "viewer").open("/portal/");
        browser.click("nav.site-nav a[href='/portal/monitoring']");
        browser.type("#field-month", MONTH).click("form.filters button[type=submit]");
        assertThat(browser.url()).endsWith("/portal/monitoring?month=" + MONTH);

        // 6 breached periods of 31 × 288: 99.932 %.
        assertThat(browser.find("#availability tbody").getText()).contains("99.932%");
        assertThat(browser.find("#headroom tbody").getText()).contains("CPUUtilization").contains("71").contains("2026-10-31")
                .contains("9（11.25%）");
        assertThat(browser.all("canvas[data-chart]")).hasSize(3);
        Long drawn = (Long) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('canvas[data-chart]')).filter(c => Chart.getChart(c)).length;");
        assertThat(drawn).isEqualTo(3L);
        assertThat(browser.text()).contains("リクエスト 359600 件");
        browser.checkPage("monitoring");

        browser.open("/portal/monitoring?month=2026-13");
        assertThat(browser.find(".error-message").getText()).contains("yyyy-MM");
        browser.checkRefusedPage("monitoring-refused", 400);
    }

    @Test
    void costs_showServicesDailyChartForecastAndBudgets() {
        browser.loginAs("sato", "viewer").open("/portal/costs?month=" + MONTH);

        assertThat(browser.find("#cost-forecast").getText()).isEqualTo("71.50 USD");
        assertThat(browser.find("section[aria-labelledby=services-heading] table").getText())
                .contains("Amazon RDS 70.06 62.00").contains("AWS Lambda 取得できませんでした");
        assertThat(browser.find("section[aria-labelledby=budgets-heading] table").getText()).contains("60.00 USD")
                .contains("100.00 USD");
        Long points = (Long) browser.driver().executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-chart=daily-data]')).data.datasets[0].data.length;");
        assertThat(points).isEqualTo(31L);
        browser.click("details.data-table summary");
        assertThat(browser.find("details.data-table table").getText()).contains("2026-10-31 2.41 2.00");
        browser.checkPage("costs");
    }
}
