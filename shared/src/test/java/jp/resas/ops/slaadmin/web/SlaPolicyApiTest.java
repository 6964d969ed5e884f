package jp.resas.ops.slaadmin.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.slawatch.SlaAlert;
import jp.resas.ops.slawatch.infrastructure.SlaWatchService;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class SlaPolicyApiTest {

    private final MovableClock clock = new MovableClock(jst("2026-06-05T15:00"));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    @Inject
    SlaWatchService watch;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private Api api() {
        return new Api(http);
    }

    private static Map<String, Object> policy(long first, long resolution, int warning, List<String> pauses,
            long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstResponseMinutes", first);
        body.put("resolutionMinutes", resolution);
        body.put("warningPercent", warning);
        body.put("pausedBy", pauses);
        body.put("version", version);
        return body;
    }

    private Answer put(String path, Map<String, Object> body, String group) {
        return api().put("/sla-policies/" + path, body, "kanri", group);
    }

    private Answer inquiry(String priority) {
        return api().post("/inquiries", Map.of("title", "SLA " + priority, "priority", priority, "fields", Map.of(
                "requesterKind", "OWNER", "channel", "EMAIL", "body", "b")), "yamada", "viewer");
    }

    @Test
    void list_showsAllSixteen_theDefaultsAtVersionZero() {
        Answer list = api().get("/sla-policies", "k", "viewer");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.get("items")).hasSize(16);
        var first = list.get("items").get(0);
        assertThat(first.get("type").asText()).isEqualTo("INQUIRY");
        assertThat(first.get("priority").asText()).isEqualTo("CRITICAL");
        assertThat(first.get("firstResponseMinutes").asLong()).isEqualTo(60);
        assertThat(first.get("resolutionMinutes").asLong()).isEqualTo(480);
        assertThat(first.get("warningPercent").asInt()).isEqualTo(80);
        assertThat(first.get("custom").asBoolean()).isFalse();
        assertThat(first.get("version").asLong()).isZero();
    }

    @Test
    void adminChangesAPolicy_existingTicketsAreRecomputedOnTheNextRead_andTheChangeIsAudited() {
        // given a MEDIUM inquiry opened Friday 15:00 JST: first response due Monday 11:00 (4 h)
        clock.set(jst("2026-06-05T15:00"));
        Answer asked = inquiry("MEDIUM");
        assertThat(asked.get("sla").get("firstResponse").get("dueAt").asText()).isEqualTo("2026-06-08T02:00:00Z");

        // when the administrator shortens the first response to 1 h
        Answer changed = put("INQUIRY/MEDIUM", policy(60, 960, 50, List.of("WAITING_FOR_REQUESTER"), 0), "admin");

        // then
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.get("custom").asBoolean()).isTrue();
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("updatedBy").asText()).isEqualTo("kanri");
        Answer reread = api().get("/inquiries/" + asked.id(), "k", "viewer");
        assertThat(reread.get("sla").get("firstResponse").get("dueAt").asText()).isEqualTo("2026-06-05T07:00:00Z");
        assertThat(reread.get("sla").get("firstResponse").get("warningAt").asText()).isEqualTo("2026-06-05T06:30:00Z");
        assertThat(reread.get("sla").get("resolution").get("targetMinutes").asLong()).isEqualTo(960);
        assertThat(sql.queryOne("SELECT details->'before'->>'firstResponseMinutes' || '→' || "
                + "(details->'after'->>'firstResponseMinutes') FROM audit_log WHERE action = 'sla_policy.change' "
                + "AND target_id = 'INQUIRY/MEDIUM'", row -> row.getString(1))).contains("240→60");
    }

    @Test
    void ticketSla_raisesAlertsByThePolicyInForce() {
        // given a LOW inquiry (default first response 8 h) and 40 minutes later
        clock.set(jst("2026-06-09T09:00"));
        long id = inquiry("LOW").id();
        clock.set(jst("2026-06-09T09:40"));
        List<SlaAlert> published = new ArrayList<>();
        assertThat(watch.run(published::add)).noneMatch(a -> a.ticketId() == id);

        // when the first response becomes 30 minutes
        put("INQUIRY/LOW", policy(30, 2400, 80, List.of(), 0), "admin");

        // then the next run finds it breached
        assertThat(watch.run(published::add)).anySatisfy(a -> {
            assertThat(a.ticketId()).isEqualTo(id);
            assertThat(a.level()).isEqualTo(SlaAlert.Level.BREACHED);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "0, 480, 80, WAITING_FOR_REQUESTER, firstResponseMinutes",
        "60, 30, 80, WAITING_FOR_REQUESTER, resolutionMinutes",
        "60, 0, 80, WAITING_FOR_REQUESTER, resolutionMinutes",
        "60, 480, 0, WAITING_FOR_REQUESTER, warningPercent",
        "60, 480, 100, WAITING_FOR_REQUESTER, warningPercent",
        "60, 480, 80, WAITING_FOR_GODOT, pausedBy",
        "60, 999999, 80, WAITING_FOR_REQUESTER, resolutionMinutes",
    })
    void invalidValues_are400NamingTheField_andChangeNothing(long first, long resolution, int warning, String pause,
            String field) {
        Answer refused = put("CHANGE_REQUEST/HIGH", policy(first, resolution, warning, List.of(pause), 0), "admin");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo(field);
        assertThat(sql.queryOne("SELECT count(*) FROM sla_policy WHERE ticket_type = 'CHANGE_REQUEST'",
                row -> row.getInt(1))).contains(0);
    }

    @Test
    void unknownTypeOrPriority_orMissingVersion_are400() {
        assertThat(put("ISSUE/HIGH", policy(60, 480, 80, List.of(), 0), "admin").get("field").asText())
                .isEqualTo("type");
        assertThat(put("INCIDENT/URGENT", policy(60, 480, 80, List.of(), 0), "admin").get("field").asText())
                .isEqualTo("priority");
        Map<String, Object> noVersion = policy(60, 480, 80, List.of(), 0);
        noVersion.remove("version");
        assertThat(put("INCIDENT/HIGH", noVersion, "admin").get("field").asText()).isEqualTo("version");
    }

    @Test
    void staleVersion_is409() {
        assertThat(put("WORK_REQUEST/LOW", policy(60, 480, 80, List.of(), 0), "admin").status()).isEqualTo(200);

        Answer stale = put("WORK_REQUEST/LOW", policy(120, 480, 80, List.of(), 0), "admin");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(put("WORK_REQUEST/LOW", policy(120, 480, 80, List.of(), 1), "admin").get("version").asLong())
                .isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "operator, 403", "approver, 403", "admin, 200"})
    void onlyAdministratorsChange(String group, int expected) {
        long version = api().get("/sla-policies", "k", "viewer").get("items").get(4).get("version").asLong();
        // items[4] is INCIDENT/CRITICAL (types in declaration order: INQUIRY, INCIDENT, ...)
        assertThat(put("INCIDENT/CRITICAL", policy(30, 240, 80, List.of("WAITING_FOR_VENDOR"), version), group)
                .status()).isEqualTo(expected);
        assertThat(api().get("/sla-policies", "k", group).status()).isEqualTo(200);
    }
}
