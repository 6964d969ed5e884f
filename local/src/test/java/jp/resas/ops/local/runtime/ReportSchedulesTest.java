package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
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
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.ScheduleSpec;
import jp.resas.ops.local.testing.SynthesizedApp;
import jp.resas.ops.platform.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resas-ops local} runs the catalogue's schedules, which are the ones the synthesised app deploys
 * (expression, zone, input); the monthly report's cron, on a clock the test sets just before a planned time,
 * runs at once with the planned time as EventBridge Scheduler gives it.
 */
class ReportSchedulesTest {

    private static final Catalogue CATALOGUE = Catalogue.load();

    @TempDir
    Path dataDir;

    /** One deployed schedule as the local runtime needs it: expression, zone and input. */
    private record Deployed(String expression, String zone, JsonNode input) {
    }

    @Test
    void everySynthesisedSchedule_isTheCatalogues_thatLocalRuns() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Deployed> deployed = new HashMap<>();
        try (var files = Files.list(SynthesizedApp.directory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".template.json")).toList()) {
                JsonNode resources = json.readTree(file.toFile()).path("Resources");
                for (JsonNode resource : resources) {
                    JsonNode properties = resource.path("Properties");
                    if ("AWS::Scheduler::Schedule".equals(resource.path("Type").asText())) {
                        deployed.put(properties.path("Description").asText(), new Deployed(
                                properties.path("ScheduleExpression").asText(),
                                properties.path("ScheduleExpressionTimezone").asText(),
                                json.readTree(properties.at("/Target/Input").asText())));
                    }
                }
            }
        }
        Map<String, Deployed> catalogued = new HashMap<>();
        for (ScheduleSpec spec : CATALOGUE.schedules()) {
            if (spec.stack().isPresent()) {
                catalogued.put(spec.description(), new Deployed(spec.expression(),
                        spec.cron() ? Catalogue.ZONE : "Etc/UTC", json.readTree(spec.input())));
            }
        }

        assertThat(deployed).isEqualTo(catalogued);
        assertThat(LocalSchedules.fromCatalogue(CATALOGUE, false)).extracting(ScheduleSpec::name)
                .contains("report-monthly", "report-weekly", "census-population", "ticket-sla-opening",
                        "attachment-retention")
                .doesNotContain("cost-collector", "ledger-watch", "incident-digest");
        assertThat(CATALOGUE.schedules()).filteredOn(spec -> spec.function().equals(java.util.Optional.of("incident-notify")))
                .as("the sweep is triggered and re-arms itself; only the business-hours digest wakes it on a schedule")
                .extracting(ScheduleSpec::name).containsExactly(LocalRuntime.DIGEST_SCHEDULE);
        assertThat(LocalSchedules.fromCatalogue(CATALOGUE, true)).extracting(ScheduleSpec::name)
                .contains("cost-collector", "metrics-collector", "log-collector", "access-collector",
                        "configuration-snapshot", "account-collection", "vulnerability-collector", "backup-collector");
    }

    @Test
    void everyCatalogueSchedule_parsesHere_andNamesALocalTarget() {
        LocalFunctions functions = new LocalFunctions();
        for (ScheduleSpec spec : CATALOGUE.schedules()) {
            if (spec.cron()) {
                assertThat(SchedulerCron.parse(spec.expression()).next(ZonedDateTime.now(LocalSchedules.JST)))
                        .as(spec.name()).isPresent();
            } else {
                assertThat(LocalSchedules.rate(spec.expression())).as(spec.name()).isPositive();
            }
            spec.function().ifPresent(name -> assertThat(functions.names()).as(spec.name()).contains(name));
        }
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
            schedules.add(CATALOGUE.schedule("report-monthly"), platform.context(), new LocalFunctions(), Map.of(),
                    planned::add);

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
