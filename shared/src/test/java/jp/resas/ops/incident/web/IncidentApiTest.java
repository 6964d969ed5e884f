package jp.resas.ops.incident.web;

import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class IncidentApiTest {

    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AlarmIntakeService intake;
    @Inject
    Sql sql;

    private long firstId;

    @BeforeAll
    void fiveIncidents() {
        for (int i = 0; i < 5; i++) {
            intake.receive(eventBridge("api-" + i, "ALARM", T0.plusSeconds(3600L * i)));
        }
        intake.receive(eventBridge("ResasOps-Monitoring-DlqDepth", "ALARM", T0.minusSeconds(3600)));
        firstId = sql.queryOne("SELECT min(id) FROM incident", row -> row.getLong(1)).orElseThrow();
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, JsonNode.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private JsonNode get(String uri, String... groups) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(TestPlatform.token("kato", groups)),
                JsonNode.class);
    }

    private JsonNode error(MutableHttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, JsonNode.class);
            throw new AssertionError("expected a 4xx answer");
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(JsonNode.class).orElseThrow();
        }
    }

    @Test
    void health_answersWithoutAToken() {
        assertThat(status(HttpRequest.GET("/health"))).isEqualTo(200);
    }

    @Test
    void openApiDescription_isServedWithoutAToken_andDescribesTheIncidentEndpoints() {
        String yaml = http.toBlocking().retrieve(HttpRequest.GET("/openapi.yml"), String.class);

        assertThat(yaml).contains("title: RESAS Ops API").contains("/incidents/{id}/notes:");
    }

    @Test
    void noToken_is401() {
        assertThat(status(HttpRequest.GET("/incidents"))).isEqualTo(401);
    }

    @Test
    void tokenSignedWithAnotherKey_is401() {
        String forged = jp.resas.ops.platform.security.LocalSecurity
                .issuer("another-secret-0123456789abcdef0123456789abcdef", java.time.Clock.systemUTC())
                .issue("mallory", List.of("admin"), java.time.Duration.ofHours(1));
        assertThat(status(HttpRequest.GET("/incidents").bearerAuth(forged))).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, '', 403", "GET, viewer, 200", "GET, operator, 200", "GET, approver, 200", "GET, admin, 200",
        "POST, '', 403", "POST, viewer, 403", "POST, approver, 403", "POST, operator, 201", "POST, admin, 201",
    })
    void roleMatrix(String method, String group, int expected) {
        String token = group.isEmpty() ? TestPlatform.token("nobody") : TestPlatform.token("kato", group);
        MutableHttpRequest<?> request = method.equals("GET")
                ? HttpRequest.GET("/incidents/" + firstId)
                : HttpRequest.POST("/incidents/" + firstId + "/notes", Map.of("text", "確認中"));
        assertThat(status(request.bearerAuth(token))).isEqualTo(expected);
    }

    @Test
    void postWithoutToken_is401() {
        assertThat(status(HttpRequest.POST("/incidents/" + firstId + "/notes", Map.of("text", "x")))).isEqualTo(401);
    }

    @Test
    void list_isNewestFirst_withTheFieldsOperatorsNeed() {
        JsonNode first = get("/incidents?limit=1", "viewer").get("items").get(0);

        assertThat(first.get("alarmName").asText()).isEqualTo("api-4");
        assertThat(first.get("openedAt").asText()).isEqualTo("2026-10-01T04:00:00Z");
        assertThat(first.get("recoveredAt").isNull()).isTrue();
        assertThat(first.get("status").asText()).isEqualTo("DETECTED");
        assertThat(first.get("occurrences").asInt()).isEqualTo(1);
        assertThat(first.has("alarmArn") && first.has("severity") && first.has("title") && first.has("id")).isTrue();
    }

    @Test
    void keysetPagination_walksEveryIncidentOnce() {
        List<String> names = new ArrayList<>();
        String uri = "/incidents?limit=2";
        while (uri != null) {
            JsonNode page = get(uri, "viewer");
            page.get("items").forEach(item -> names.add(item.get("alarmName").asText()));
            uri = page.get("nextCursor").isNull() ? null : "/incidents?limit=2&cursor=" + page.get("nextCursor").asText();
        }

        assertThat(names).containsExactly("api-4", "api-3", "api-2", "api-1", "api-0", "ResasOps-Monitoring-DlqDepth");
    }

    @Test
    void filters_bySeverityAndStatus() {
        JsonNode severe = get("/incidents?severity=2", "viewer").get("items");
        JsonNode closed = get("/incidents?status=CLOSED", "viewer").get("items");

        assertThat(severe).hasSize(1);
        assertThat(severe.get(0).get("alarmName").asText()).isEqualTo("ResasOps-Monitoring-DlqDepth");
        assertThat(closed).isEmpty();
    }

    @Test
    void badQueryParameters_are400NamingTheField() {
        String token = TestPlatform.token("kato", "viewer");
        assertThat(error(HttpRequest.GET("/incidents?limit=0").bearerAuth(token)).get("field").asText()).isEqualTo("limit");
        assertThat(error(HttpRequest.GET("/incidents?status=OPEN").bearerAuth(token)).get("field").asText()).isEqualTo("status");
        assertThat(error(HttpRequest.GET("/incidents?cursor=zzz").bearerAuth(token)).get("field").asText()).isEqualTo("cursor");
    }

    @Test
    void detail_hasTheTimeline_andANoteIsAddedToItAndAudited() {
        long id = firstId + 1;
        http.toBlocking().exchange(HttpRequest.POST("/incidents/" + id + "/notes", Map.of("text", "影響範囲を調査中"))
                .bearerAuth(TestPlatform.token("sato", "operator")));

        JsonNode timeline = get("/incidents/" + id, "viewer").get("timeline");

        assertThat(timeline.get(0).get("kind").asText()).isEqualTo("DETECTED");
        JsonNode note = timeline.get(timeline.size() - 1);
        assertThat(note.get("message").asText()).isEqualTo("影響範囲を調査中");
        assertThat(note.get("actor").asText()).isEqualTo("sato");
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE actor = 'sato' AND action = 'incident.note.add' "
                + "AND target_id = ?", row -> row.getInt(1), String.valueOf(id))).contains(1);
    }

    @Test
    void blankNote_is400NamingTheField_andAddsNothing() {
        int before = sql.queryOne("SELECT count(*) FROM incident_timeline", row -> row.getInt(1)).orElseThrow();

        JsonNode body = error(HttpRequest.POST("/incidents/" + firstId + "/notes", Map.of("text", "  "))
                .bearerAuth(TestPlatform.token("sato", "operator")));

        assertThat(body.get("field").asText()).isEqualTo("text");
        assertThat(sql.queryOne("SELECT count(*) FROM incident_timeline", row -> row.getInt(1))).contains(before);
    }

    @Test
    void unknownIncident_is404() {
        assertThat(status(HttpRequest.GET("/incidents/999999").bearerAuth(TestPlatform.token("kato", "viewer"))))
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }
}
