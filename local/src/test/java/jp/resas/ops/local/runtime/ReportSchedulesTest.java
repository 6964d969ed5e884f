package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.resas.ops.platform.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resas-ops local} generates the monthly and weekly reports on the schedules the CDK app deploys,
 * and runs the notification digest on the deployed business-hours cron (never every minute). The cron
 * schedules run on a clock the test sets just before
 * a planned time, so the run comes at once, given the planned time as EventBridge Scheduler gives it.
 */
class ReportSchedulesTest {

    private static final Path TEMPLATE = Path.of("..", "infra", "target", "cdk.out",
            "ResasOps-Notifications.template.json");

    @TempDir
    Path dataDir;

    @Test
    void localReportSchedules_areTheSynthesisedOnes_inJapanTime() throws IOException {
        assertThat(TEMPLATE).as("run the infra module's tests first (mvn -pl local -am test)").exists();
        ObjectMapper json = new ObjectMapper();
        Map<String, String> deployed = new HashMap<>();
        json.readTree(TEMPLATE.toFile()).path("Resources").forEach(resource -> {
            JsonNode properties = resource.path("Properties");
            if ("AWS::Scheduler::Schedule".equals(resource.path("Type").asText())
                    && properties.path("ScheduleExpression").asText().startsWith("cron(")) {
                assertThat(properties.path("ScheduleExpressionTimezone").asText()).isEqualTo(LocalRuntime.JST.getId());
                try {
                    JsonNode input = json.readTree(properties.at("/Target/Input").asText());
                    deployed.put(input.has("kind") ? input.path("kind").asText() : input.has("digest") ? "DIGEST" : "?",
                            properties.path("ScheduleExpression").asText());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });

        Map<String, String> local = new HashMap<>(LocalRuntime.REPORT_SCHEDULES);
        local.put("DIGEST", LocalRuntime.NOTIFICATION_DIGEST_SCHEDULE);
        assertThat(deployed).isEqualTo(local);
        assertThat(LocalSchedules.DEFAULT).extracting(LocalSchedules.Entry::function)
                .as("the sweep is triggered and re-arms itself; nothing runs it every minute")
                .doesNotContain("incident-notify");
    }

    @Test
    void monthlySchedule_atNineOnTheFirstBusinessDay_generatesLastMonthsReport_once() throws Exception {
        // One tenth of a second before 2026-12-01 09:00 JST (a Tuesday, the first business day of December).
        Instant justBefore = Instant.parse("2026-12-01T00:00:00Z").minusMillis(100);
        BlockingQueue<ZonedDateTime> planned = new LinkedBlockingQueue<>();
        // The schedule is under test, not LibreOffice: no PDF copy (the report says it was skipped).
        System.setProperty("resas.reports.soffice", dataDir.resolve("no-libreoffice").toString());
        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir));
             LocalSchedules schedules = new LocalSchedules(platform.context(), new LocalFunctions(), List.of(),
                     entry -> { }, Clock.fixed(justBefore, ZoneOffset.UTC))) {
            Sql sql = platform.context().getBean(Sql.class);
            var handler = new LocalFunctions().handler("report-schedule", platform.context()).orElseThrow();
            schedules.add(new LocalSchedules.CronEntry("report MONTHLY",
                    SchedulerCron.parse(LocalRuntime.REPORT_SCHEDULES.get("MONTHLY")), LocalRuntime.JST, at -> {
                        LocalRuntime.reportRun(handler, "MONTHLY").accept(at);
                        planned.add(at);
                    }));

            ZonedDateTime first = planned.poll(300, TimeUnit.SECONDS);

            assertThat(first).isEqualTo(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, LocalRuntime.JST));
            assertThat(sql.query("SELECT kind || ' ' || period || ' ' || status FROM report_schedule_run",
                    row -> row.getString(1))).containsExactly("MONTHLY 2026-11 GENERATED");
            assertThat(sql.queryOne("SELECT count(*)::int FROM report WHERE kind = 'MONTHLY' AND period = '2026-11'",
                    row -> row.getInt(1))).contains(1);
            assertThat(sql.queryOne("SELECT count(*)::int FROM notification_outbox WHERE kind = 'REPORT' AND channel = "
                    + "'log' AND delivered_at IS NOT NULL AND body LIKE '%月次定例報告書（令和8年11月分、2026-11）%'",
                    row -> row.getInt(1))).contains(1);
        } finally {
            System.clearProperty("resas.reports.soffice");
        }
    }
}
