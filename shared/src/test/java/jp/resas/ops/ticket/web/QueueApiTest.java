package jp.resas.ops.ticket.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The queues hold incidents beside tickets: assignee, requester and SLA as the incident counts them. */
@PlatformTest
class QueueApiTest {

    private final MovableClock clock = new MovableClock(jst("2026-06-08T09:00"));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AlarmIntakeService intake;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private Api api() {
        return new Api(http);
    }

    private Answer incident(String title, int severity) {
        return api().post("/incidents", Map.of("title", title, "severity", severity, "major", false,
                "impact", "一部の画面が表示されない"), "sato", "operator");
    }

    /**
     * Given, Monday 09:00 JST: an alarm's incident (severity 3), a severity-1 incident assigned to ito,
     * another left unassigned, and a CRITICAL inquiry; then it is 10:30.
     */
    @BeforeAll
    void mondayMorning() {
        clock.set(jst("2026-06-08T09:00"));
        intake.receive(eventBridge("queue-alarm", "ALARM", jst("2026-06-08T09:00")));
        Answer assigned = incident("queue-assigned", 1);
        api().patch("/incidents/" + assigned.id(), Map.of("version", assigned.version(), "assignee", "ito"),
                "sato", "operator");
        incident("queue-late", 1);
        api().post("/inquiries", Map.of("title", "queue-inquiry", "priority", "CRITICAL", "fields", Map.of(
                "requesterKind", "OWNER", "channel", "EMAIL", "body", "b")), "yamada", "viewer");
        clock.set(jst("2026-06-08T10:30"));
    }

    private List<String> titles(String queue, String user) {
        List<String> titles = new ArrayList<>();
        api().get("/queues/" + queue, user, "operator").get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private JsonNode item(String queue, String title) {
        for (JsonNode item : api().get("/queues/" + queue, "ito", "operator").get("items")) {
            if (item.get("title").asText().equals(title)) {
                return item;
            }
        }
        throw new AssertionError(title + " is not in " + queue);
    }

    @Test
    void unassigned_holdsTheAlarmsIncident_withItsKindLabelAndLink() {
        JsonNode alarm = item("unassigned", "CloudWatch アラーム: queue-alarm");

        assertThat(alarm.get("kind").asText()).isEqualTo("INCIDENT");
        assertThat(alarm.get("priority").asText()).isEqualTo("MEDIUM");
        assertThat(alarm.get("statusLabel").asText()).isEqualTo("検知");
        assertThat(alarm.get("requester").isNull()).isTrue();
        assertThat(alarm.get("href").asText()).isEqualTo("/incidents/" + alarm.get("id").asLong());
        assertThat(alarm.get("sla").get("firstResponse").get("dueAt").asText()).isEqualTo("2026-06-08T04:00:00Z");
        assertThat(titles("unassigned", "ito")).contains("queue-late", "queue-inquiry").doesNotContain("queue-assigned");
    }

    @Test
    void mine_holdsIncidentsAssignedToMe_orRaisedByMe() {
        assertThat(titles("mine", "ito")).containsExactly("queue-assigned");
        assertThat(titles("mine", "sato")).containsExactlyInAnyOrder("queue-assigned", "queue-late");
        assertThat(titles("mine", "yamada")).containsExactly("queue-inquiry");
    }

    @Test
    void breached_holdsTheIncidentNobodyRespondedTo_besideTheInquiry() {
        // severity 1: first response within 30 business minutes; the assignment at 09:00 was one
        assertThat(titles("breached", "ito")).containsExactlyInAnyOrder("queue-late", "queue-inquiry");
        assertThat(item("breached", "queue-late").get("sla").get("breached").asBoolean()).isTrue();
    }

    @Test
    void dueSoon_holdsIncidentsWhoseClockRunsOutWithinTheWindow() {
        // queue-assigned: resolution due 13:00; the alarm's incident: first response due 13:00
        assertThat(titles("due-soon?withinMinutes=60", "ito")).isEmpty();
        assertThat(titles("due-soon?withinMinutes=180", "ito"))
                .containsExactlyInAnyOrder("queue-assigned", "CloudWatch アラーム: queue-alarm");
    }
}
