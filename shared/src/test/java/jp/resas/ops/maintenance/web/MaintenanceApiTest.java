package jp.resas.ops.maintenance.web;

import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class MaintenanceApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AlarmIntakeService intake;
    @Inject
    Sql sql;

    private Api api() {
        return new Api(http);
    }

    private Answer schedule(String title, String from, String to) {
        return api().post("/maintenance-windows", Map.of("title", title, "kind", "PLANNED",
                "services", List.of("RESAS API", "Aurora"), "startsAt", from, "endsAt", to), "sato", "operator");
    }

    @Test
    void windowWithoutServiceAlarms_recordsEveryAlarmInside_andMarksTheIncident() {
        Answer window = schedule("Aurora マイナーバージョン更新", "2026-11-07T22:00:00+09:00", "2026-11-08T02:00:00+09:00");

        intake.receive(eventBridge("maint-db-cpu", "ALARM", Instant.parse("2026-11-07T14:30:00Z")));
        intake.receive(eventBridge("after-maint", "ALARM", Instant.parse("2026-11-07T18:00:00Z")));

        Answer recorded = api().get("/maintenance-windows/" + window.id(), "k", "viewer");
        assertThat(recorded.get("alarms")).hasSize(1);
        assertThat(recorded.get("alarms").get(0).get("alarmName").asText()).isEqualTo("maint-db-cpu");
        long incident = recorded.get("alarms").get(0).get("incidentId").asLong();
        assertThat(sql.queryOne("SELECT maintenance_window_id FROM incident WHERE id = ?", row -> row.getLong(1),
                incident)).contains(window.id());
        assertThat(sql.queryOne("SELECT count(*) FROM incident_timeline WHERE incident_id = ? AND kind = 'MAINTENANCE'",
                row -> row.getInt(1), incident)).contains(1);
        assertThat(sql.queryOne("SELECT count(*) FROM incident WHERE alarm_name = 'after-maint' "
                + "AND maintenance_window_id IS NULL", row -> row.getInt(1))).contains(1);
    }

    private Answer scheduleFor(String title, String from, String to, Map<String, List<String>> alarmPatterns) {
        return api().post("/maintenance-windows", Map.of("title", title, "kind", "PLANNED",
                "services", List.of("RESAS API", "Aurora", "CloudFront"), "alarmPatterns", alarmPatterns,
                "startsAt", from, "endsAt", to), "sato", "operator");
    }

    private long incidentOf(String alarmName) {
        return sql.queryOne("SELECT id FROM incident WHERE alarm_name = ?", row -> row.getLong(1), alarmName)
                .orElseThrow();
    }

    private Long windowOf(String alarmName) {
        return sql.queryOne("SELECT maintenance_window_id FROM incident WHERE alarm_name = ? "
                + "AND maintenance_window_id IS NOT NULL", row -> row.getLong(1), alarmName).orElse(null);
    }

    @Test
    void windowWithServiceAlarms_countsOnlyAlarmsOfAnAffectedService_byNameOrArn() {
        // given a window for Aurora (alarms by name) and RESAS API (one alarm by ARN); CloudFront lists none
        Answer window = scheduleFor("Aurora 更新と API 切替", "2027-02-06T22:00:00+09:00", "2027-02-07T02:00:00+09:00",
                Map.of("Aurora", List.of("svc-db-*"),
                        "RESAS API", List.of("arn:aws:cloudwatch:ap-northeast-1:*:alarm:svc-api-5xx")));

        // when three alarms fire inside it
        Instant inside = Instant.parse("2027-02-06T14:00:00Z");
        intake.receive(eventBridge("svc-db-cpu", "ALARM", inside));
        intake.receive(eventBridge("svc-api-5xx", "ALARM", inside));
        intake.receive(eventBridge("svc-cdn-errors", "ALARM", inside));

        // then only those of an affected service are recorded, each with its service
        Answer recorded = api().get("/maintenance-windows/" + window.id(), "k", "viewer");
        assertThat(recorded.get("alarmPatterns").get("Aurora").get(0).asText()).isEqualTo("svc-db-*");
        assertThat(recorded.get("alarms")).hasSize(2);
        Map<String, String> services = new java.util.HashMap<>();
        recorded.get("alarms").forEach(a -> services.put(a.get("alarmName").asText(), a.get("service").asText()));
        assertThat(services).containsExactlyInAnyOrderEntriesOf(Map.of("svc-db-cpu", "Aurora",
                "svc-api-5xx", "RESAS API"));
        assertThat(windowOf("svc-db-cpu")).isEqualTo(window.id());
        assertThat(windowOf("svc-cdn-errors")).isNull();
        assertThat(sql.queryOne("SELECT message FROM incident_timeline WHERE incident_id = ? AND kind = 'MAINTENANCE'",
                row -> row.getString(1), incidentOf("svc-api-5xx"))).hasValueSatisfying(m ->
                        assertThat(m).contains("対象サービス: RESAS API"));
    }

    @Test
    void alarmOutsideTheFilteredWindowsServices_stillCountsInAnUnfilteredWindowAtTheSameTime() {
        scheduleFor("DB のみ", "2027-03-06T22:00:00+09:00", "2027-03-07T02:00:00+09:00",
                Map.of("Aurora", List.of("overlap-db-*")));
        Answer open = schedule("全体", "2027-03-06T21:00:00+09:00", "2027-03-07T03:00:00+09:00");

        intake.receive(eventBridge("overlap-cdn", "ALARM", Instant.parse("2027-03-06T14:00:00Z")));

        assertThat(windowOf("overlap-cdn")).isEqualTo(open.id());
        assertThat(api().get("/maintenance-windows/" + open.id(), "k", "viewer").get("alarms").get(0)
                .get("service").isNull()).isTrue();
    }

    @Test
    void serviceAlarmsForAnUnlistedServiceOrAMalformedArn_are400() {
        Answer unlisted = scheduleFor("x", "2027-04-01T22:00:00+09:00", "2027-04-01T23:00:00+09:00",
                Map.of("S3", List.of("ResasOps-S3-*")));
        Answer malformed = scheduleFor("x", "2027-04-01T22:00:00+09:00", "2027-04-01T23:00:00+09:00",
                Map.of("Aurora", List.of("arn:aws:rds:ap-northeast-1:123456789012:db:resas")));
        Answer blank = scheduleFor("x", "2027-04-01T22:00:00+09:00", "2027-04-01T23:00:00+09:00",
                Map.of("Aurora", List.of(" ")));

        assertThat(unlisted.status()).isEqualTo(400);
        assertThat(unlisted.get("field").asText()).isEqualTo("alarmPatterns");
        assertThat(unlisted.get("message").asText()).contains("S3");
        assertThat(malformed.get("field").asText()).isEqualTo("alarmPatterns");
        assertThat(blank.get("field").asText()).isEqualTo("alarmPatterns");
    }

    @Test
    void cancelledWindow_marksNothing_andCancellingTwiceIs409() {
        Answer window = schedule("中止", "2026-12-01T22:00:00+09:00", "2026-12-01T23:00:00+09:00");
        Answer cancelled = api().post("/maintenance-windows/" + window.id() + "/cancel",
                Map.of("version", window.version()), "sato", "operator");

        intake.receive(eventBridge("in-cancelled", "ALARM", Instant.parse("2026-12-01T13:30:00Z")));

        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api().get("/maintenance-windows/" + window.id(), "k", "viewer").get("alarms")).isEmpty();
        assertThat(api().post("/maintenance-windows/" + window.id() + "/cancel", Map.of("version",
                cancelled.version()), "sato", "operator").status()).isEqualTo(409);
        assertThat(api().post("/maintenance-windows/" + window.id() + "/cancel", Map.of("version", 0),
                "sato", "operator").get("error").asText()).isEqualTo("STALE_VERSION");
    }

    @Test
    void badWindows_are400NamingTheField() {
        assertThat(schedule("逆", "2026-12-01T22:00:00+09:00", "2026-12-01T21:00:00+09:00").get("field").asText())
                .isEqualTo("endsAt");
        assertThat(schedule("形式", "2026-12-01 22:00", "2026-12-01T23:00:00+09:00").get("field").asText())
                .isEqualTo("startsAt");
        assertThat(api().post("/maintenance-windows", Map.of("title", "t", "kind", "PLANNED", "services", List.of(),
                "startsAt", "2026-12-01T22:00:00+09:00", "endsAt", "2026-12-01T23:00:00+09:00"), "sato", "operator")
                .get("field").asText()).isEqualTo("services");
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "approver, 403", "operator, 201", "admin, 201"})
    void roleMatrix_schedule(String group, int expected) {
        assertThat(api().post("/maintenance-windows", Map.of("title", "t", "kind", "AD_HOC", "services",
                List.of("CloudFront"), "startsAt", "2027-01-05T22:00:00+09:00", "endsAt", "2027-01-05T23:00:00+09:00"),
                "u", group).status()).isEqualTo(expected);
    }
}
