package jp.resas.ops.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class IncidentLifecycleApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private Api api() {
        return new Api(http);
    }

    private Answer raise(boolean major) {
        return api().post("/incidents", Map.of("title", "API が 503 を返す", "severity", 2, "major", major,
                "impact", "全利用者が閲覧不可"), "sato", "operator");
    }

    private Answer move(Answer incident, String to, Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to, "version", incident.version()));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return api().post("/incidents/" + incident.id() + "/transitions", body, "suzuki", "operator");
    }

    private int count(String table) {
        return sql.queryOne("SELECT count(*) FROM " + table, row -> row.getInt(1)).orElseThrow();
    }

    @Test
    void raiseByHand_isDetectedManualAndAudited() {
        Answer raised = raise(false);

        assertThat(raised.status()).isEqualTo(201);
        assertThat(raised.get("source").asText()).isEqualTo("MANUAL");
        assertThat(raised.get("status").asText()).isEqualTo("DETECTED");
        assertThat(raised.get("report").get("impact").asText()).isEqualTo("全利用者が閲覧不可");
        assertThat(raised.get("timeline").get(0).get("message").asText()).startsWith("手動起票");
        assertThat(raised.get("sla").get("firstResponse").get("targetMinutes").asLong()).isEqualTo(60);
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'incident.raise' AND target_id = ?",
                row -> row.getInt(1), String.valueOf(raised.id()))).contains(1);
    }

    @Test
    void fullLifecycle_eachStageOnTheTimelineWithWhoAndWhat() {
        Answer a = move(raise(true), "MITIGATED", "workaround", "旧版に切り戻し");
        Answer b = move(a, "ROOT_CAUSE_IDENTIFIED", "cause", "接続プール枯渇");
        Answer c = move(b, "RESOLVED", "permanentFix", "プール上限を変更", "note", "本番反映済");
        Answer d = move(c, "CLOSED", "prevention", "負荷試験に項目追加");

        assertThat(List.of(a.status(), b.status(), c.status(), d.status())).containsOnly(200);
        assertThat(d.get("status").asText()).isEqualTo("CLOSED");
        assertThat(d.get("closedAt").isNull()).isFalse();
        assertThat(d.get("mitigatedAt").isNull() || d.get("rootCauseAt").isNull() || d.get("resolvedAt").isNull())
                .isFalse();
        assertThat(d.get("report").get("cause").asText()).isEqualTo("接続プール枯渇");
        List<String> kinds = new ArrayList<>();
        d.get("timeline").forEach(entry -> kinds.add(entry.get("kind").asText()));
        assertThat(kinds).containsExactly("DETECTED", "MITIGATED", "ROOT_CAUSE_IDENTIFIED", "RESOLVED", "CLOSED");
        var resolved = d.get("timeline").get(3);
        assertThat(resolved.get("actor").asText()).isEqualTo("suzuki");
        assertThat(resolved.get("message").asText()).contains("原因特定 → 恒久対応済", "恒久対応", "本番反映済");
        assertThat(d.get("sla").get("firstResponse").get("state").asText()).isIn("MET", "BREACHED");
    }

    @ParameterizedTest
    @CsvSource({"ROOT_CAUSE_IDENTIFIED", "DETECTED"})
    void transitionNotAllowedFromDetected_is409AndChangesNothing(String to) {
        Answer incident = raise(false);
        int timeline = count("incident_timeline");

        Answer refused = move(incident, to, "cause", "x");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(count("incident_timeline")).isEqualTo(timeline);
    }

    @Test
    void staleVersion_is409_andNothingHalfWritten() {
        Answer incident = raise(false);
        move(incident, "MITIGATED", "workaround", "再起動");
        int audit = count("audit_log");

        Answer stale = move(incident, "RESOLVED", "cause", "c", "permanentFix", "f");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(stale.get("field").asText()).isEqualTo("version");
        assertThat(count("audit_log")).isEqualTo(audit);
        assertThat(api().get("/incidents/" + incident.id(), "kato", "viewer").get("report").get("cause").isNull())
                .isTrue();
    }

    @Test
    void mitigatedWithoutWorkaround_is400NamingTheField() {
        Answer refused = move(raise(false), "MITIGATED");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("workaround");
    }

    @Test
    void majorIncident_closesOnlyWithPrevention() {
        Answer resolved = move(raise(true), "RESOLVED", "cause", "c", "permanentFix", "f");

        Answer refused = move(resolved, "CLOSED");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("prevention");
    }

    @Test
    void severityMajorAndAssignee_changesAreOnTheTimeline() {
        Answer incident = raise(false);

        Answer updated = api().patch("/incidents/" + incident.id(), Map.of("version", incident.version(),
                "severity", 1, "major", true, "assignee", "tanaka", "cause", "調査中の仮説"), "sato", "operator");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.get("severity").asInt()).isEqualTo(1);
        assertThat(updated.get("major").asBoolean()).isTrue();
        assertThat(updated.get("assignee").asText()).isEqualTo("tanaka");
        var last = updated.get("timeline").get(updated.get("timeline").size() - 1);
        assertThat(last.get("message").asText()).contains("重大度変更: 2 → 1", "重大障害に指定", "担当者: tanaka",
                "報告書更新: 原因");
        assertThat(updated.get("respondedAt").isNull()).isFalse();
    }

    @Test
    void badInput_is400NamingTheField() {
        assertThat(api().post("/incidents", Map.of("severity", 2), "sato", "operator").get("field").asText())
                .isEqualTo("title");
        assertThat(api().post("/incidents", Map.of("title", "t", "severity", 9), "sato", "operator").get("field")
                .asText()).isEqualTo("severity");
        Answer incident = raise(false);
        assertThat(api().post("/incidents/" + incident.id() + "/transitions", Map.of("to", "MITIGATED"), "sato",
                "operator").get("field").asText()).isEqualTo("version");
        assertThat(move(incident, "FIXED").get("field").asText()).isEqualTo("to");
    }

    @Test
    void unknownIncident_transitionIs404() {
        Answer missing = api().post("/incidents/999999/transitions", Map.of("to", "MITIGATED", "version", 0,
                "workaround", "w"), "sato", "operator");

        assertThat(missing.status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "approver, 403", "operator, 201", "admin, 201"})
    void roleMatrix_raise(String group, int expected) {
        assertThat(api().post("/incidents", Map.of("title", "t", "severity", 3), "u", group).status())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "approver, 403", "operator, 200", "admin, 200"})
    void roleMatrix_transitionAndUpdate(String group, int expected) {
        Answer incident = raise(false);
        assertThat(api().patch("/incidents/" + incident.id(), Map.of("version", incident.version(), "severity", 3),
                "u", group).status()).isEqualTo(expected);
        Answer current = api().get("/incidents/" + incident.id(), "u", "viewer");
        assertThat(api().post("/incidents/" + incident.id() + "/transitions", Map.of("to", "MITIGATED", "version",
                current.version(), "workaround", "w"), "u", group).status()).isEqualTo(expected);
    }
}
