package jp.resas.ops.maintenance.web;

import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaintenanceApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AlarmIntakeService intake;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    private Api api() {
        return new Api(http);
    }

    private Answer schedule(String title, String from, String to) {
        return api().post("/maintenance-windows", Map.of("title", title, "kind", "PLANNED",
                "services", List.of("RESAS API", "Aurora"), "startsAt", from, "endsAt", to), "sato", "operator");
    }

    @Test
    void alarmInsideAWindow_isRecordedOnTheWindowAndMarkedOnTheIncident() {
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
