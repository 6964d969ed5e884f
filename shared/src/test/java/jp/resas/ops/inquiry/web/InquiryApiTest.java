package jp.resas.ops.inquiry.web;

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
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class InquiryApiTest {

    private final MovableClock clock = new MovableClock(jst("2026-06-05T15:00"));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void fridayAfternoon() {
        clock.set(jst("2026-06-05T15:00"));
    }

    private Api api() {
        return new Api(http);
    }

    private Answer ask(String title, String priority) {
        return api().post("/inquiries", Map.of("title", title, "priority", priority, "fields", Map.of(
                "requesterKind", "CABINET", "channel", "EMAIL", "body", "人口マップの数値の出典を教えてください")),
                "yamada", "viewer");
    }

    private Answer move(Answer inquiry, String to, String... fields) {
        Map<String, String> written = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            written.put(fields[i], fields[i + 1]);
        }
        return api().post("/inquiries/" + inquiry.id() + "/transitions", Map.of("to", to, "version",
                inquiry.version(), "fields", written), "sato", "operator");
    }

    @Test
    void viewerAsks_inquiryIsReceivedWithDueTimesInBusinessHours() {
        Answer asked = ask("出典の確認", "MEDIUM");

        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(asked.get("statusLabel").asText()).isEqualTo("受付");
        assertThat(asked.get("requester").asText()).isEqualTo("yamada");
        assertThat(asked.get("fields").get("requesterKind").asText()).isEqualTo("CABINET");
        var sla = asked.get("sla");
        // 4 business hours from Friday 15:00 JST: Monday 11:00 JST; 24 hours: Wednesday 15:00 JST.
        assertThat(sla.get("firstResponse").get("dueAt").asText()).isEqualTo("2026-06-08T02:00:00Z");
        assertThat(sla.get("resolution").get("dueAt").asText()).isEqualTo("2026-06-10T06:00:00Z");
        assertThat(sla.get("resolution").get("remainingMinutes").asLong()).isEqualTo(24 * 60);
        assertThat(sla.get("paused").asBoolean()).isFalse();
        assertThat(sla.get("breached").asBoolean()).isFalse();
    }

    @Test
    void lifecycle_receivedInvestigatingAnsweredClosed_respondsResolvesAndCloses() {
        Answer a = move(ask("lifecycle", "HIGH"), "INVESTIGATING");
        clock.advance(java.time.Duration.ofHours(1));
        Answer b = move(a, "ANSWERED", "answer", "e-Stat の国勢調査です", "investigationReport", "調査結果");
        Answer c = move(b, "CLOSED");

        assertThat(c.status()).isEqualTo(200);
        assertThat(c.get("firstRespondedAt").asText()).isEqualTo("2026-06-05T06:00:00Z");
        assertThat(c.get("resolvedAt").asText()).isEqualTo("2026-06-05T07:00:00Z");
        assertThat(c.get("closedAt").isNull()).isFalse();
        assertThat(c.get("sla").get("state").asText()).isEqualTo("MET");
        List<String> kinds = new ArrayList<>();
        c.get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).containsExactly("OPENED", "INVESTIGATING", "ANSWERED", "CLOSED");
        assertThat(c.get("timeline").get(2).get("message").asText()).contains("調査中 → 回答済", "answer");
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED, CLOSED", "RECEIVED, RECEIVED", "INVESTIGATING, CLOSED", "CLOSED, INVESTIGATING"})
    void transitionNotInTheLifecycle_is409(String from, String to) {
        Answer inquiry = ask("refused " + from + to, "LOW");
        if (!from.equals("RECEIVED")) {
            inquiry = move(inquiry, "INVESTIGATING");
        }
        if (from.equals("CLOSED")) {
            inquiry = move(move(inquiry, "ANSWERED", "answer", "a"), "CLOSED");
        }

        Answer refused = move(inquiry, to);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
    }

    @Test
    void answeredWithoutAnswer_is400NamingTheField_unknownFieldToo() {
        Answer inquiry = ask("no answer", "LOW");

        assertThat(move(inquiry, "ANSWERED").get("field").asText()).isEqualTo("answer");
        assertThat(move(inquiry, "INVESTIGATING", "colour", "red").get("field").asText()).isEqualTo("colour");
        assertThat(move(inquiry, "SOLVED").get("field").asText()).isEqualTo("to");
    }

    @Test
    void waitingForRequester_pausesTheResolutionClock_untilInvestigationResumes() {
        Answer waiting = move(ask("pause", "MEDIUM"), "WAITING_FOR_REQUESTER");
        clock.set(jst("2026-06-09T10:00"));

        Answer during = api().get("/inquiries/" + waiting.id(), "sato", "operator");
        Answer resumed = move(during, "INVESTIGATING");

        assertThat(during.get("sla").get("paused").asBoolean()).isTrue();
        assertThat(during.get("sla").get("resolution").get("dueAt").isNull()).isTrue();
        assertThat(during.get("sla").get("resolution").get("elapsedMinutes").asLong()).isZero();
        assertThat(resumed.get("sla").get("paused").asBoolean()).isFalse();
        // the whole 24 h remain from Tuesday 10:00: due Friday 10:00 JST
        assertThat(resumed.get("sla").get("resolution").get("dueAt").asText()).isEqualTo("2026-06-12T01:00:00Z");
    }

    @Test
    void staleVersion_is409_andTheTimelineIsUnchanged() {
        Answer inquiry = ask("stale", "LOW");
        move(inquiry, "INVESTIGATING");
        int events = sql.queryOne("SELECT count(*) FROM ticket_timeline", row -> row.getInt(1)).orElseThrow();

        Answer stale = move(inquiry, "ANSWERED", "answer", "a");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_timeline", row -> row.getInt(1))).contains(events);
    }

    @Test
    void missingRequiredFieldsOnOpen_are400() {
        assertThat(api().post("/inquiries", Map.of("priority", "LOW"), "y", "viewer").get("field").asText())
                .isEqualTo("title");
        assertThat(api().post("/inquiries", Map.of("title", "t", "priority", "URGENT"), "y", "viewer")
                .get("field").asText()).isEqualTo("priority");
        assertThat(api().post("/inquiries", Map.of("title", "t", "priority", "LOW", "fields",
                Map.of("requesterKind", "CABINET", "body", "b")), "y", "viewer").get("field").asText())
                .isEqualTo("channel");
        assertThat(api().post("/inquiries", Map.of("title", "t", "priority", "LOW", "fields",
                Map.of("requesterKind", "PRESS", "channel", "EMAIL", "body", "b")), "y", "viewer")
                .get("field").asText()).isEqualTo("requesterKind");
    }

    @Test
    void commentAndAssign_areOnTheTimelineAndAudited() {
        Answer inquiry = ask("comment", "LOW");

        Answer comment = api().post("/inquiries/" + inquiry.id() + "/comments", Map.of("text", "追加で質問です"),
                "yamada", "viewer");
        Answer assigned = api().put("/inquiries/" + inquiry.id() + "/assignee", Map.of("assignee", "sato",
                "version", inquiry.version()), "suzuki", "operator");

        assertThat(comment.status()).isEqualTo(201);
        assertThat(assigned.get("assignee").asText()).isEqualTo("sato");
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE target_id = ? AND action IN "
                + "('inquiry.comment', 'inquiry.assign', 'inquiry.open')", row -> row.getInt(1),
                String.valueOf(inquiry.id()))).contains(3);
    }

    @Test
    void list_keysetPagination_andFilters() {
        for (int i = 0; i < 3; i++) {
            clock.advance(java.time.Duration.ofMinutes(1));
            ask("page-" + i, "CRITICAL");
        }
        List<String> titles = new ArrayList<>();
        String uri = "/inquiries?priority=CRITICAL&limit=2";
        while (uri != null) {
            Answer page = api().get(uri, "k", "viewer");
            page.get("items").forEach(item -> titles.add(item.get("title").asText()));
            uri = page.get("nextCursor").isNull() ? null
                    : "/inquiries?priority=CRITICAL&limit=2&cursor=" + page.get("nextCursor").asText();
        }

        assertThat(titles).containsExactly("page-2", "page-1", "page-0");
        assertThat(api().get("/inquiries?status=OPEN", "k", "viewer").get("field").asText()).isEqualTo("status");
        assertThat(api().get("/inquiries?cursor=zz", "k", "viewer").get("field").asText()).isEqualTo("cursor");
    }

    @Test
    void queues_unassignedMineDueSoonAndBreached() {
        Answer late = ask("queue-late", "CRITICAL");
        api().put("/inquiries/" + late.id() + "/assignee", Map.of("assignee", "ito", "version", late.version()),
                "ito", "operator");
        clock.set(jst("2026-06-08T10:30"));

        assertThat(titles(api().get("/queues/mine", "ito", "operator"))).contains("queue-late");
        assertThat(titles(api().get("/queues/unassigned", "ito", "operator"))).doesNotContain("queue-late");
        assertThat(titles(api().get("/queues/breached", "ito", "operator"))).contains("queue-late");
        Answer fresh = ask("queue-fresh", "CRITICAL");
        assertThat(titles(api().get("/queues/due-soon?withinMinutes=60", "ito", "operator")))
                .contains("queue-fresh").doesNotContain("queue-late");
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(api().get("/queues/everything", "ito", "operator").get("field").asText()).isEqualTo("queue");
        assertThat(api().get("/queues/mine", "y", "viewer").status()).isEqualTo(403);
    }

    private static List<String> titles(Answer answer) {
        List<String> titles = new ArrayList<>();
        answer.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    @ParameterizedTest
    @CsvSource({
        "GET, viewer, 200", "GET, approver, 200", "OPEN, viewer, 201", "OPEN, admin, 201",
        "MOVE, viewer, 403", "MOVE, approver, 403", "MOVE, operator, 200", "MOVE, admin, 200",
        "ASSIGN, viewer, 403", "ASSIGN, operator, 200", "COMMENT, viewer, 201", "COMMENT, '', 403",
    })
    void roleMatrix(String action, String group, int expected) {
        Answer inquiry = ask("roles", "LOW");
        String base = "/inquiries/" + inquiry.id();
        String[] groups = group.isEmpty() ? new String[0] : new String[] {group};
        Answer answer = switch (action) {
            case "GET" -> api().get(base, "u", groups);
            case "OPEN" -> api().post("/inquiries", Map.of("title", "t", "priority", "LOW", "fields", Map.of(
                    "requesterKind", "OWNER", "channel", "PHONE", "body", "b")), "u", groups);
            case "MOVE" -> api().post(base + "/transitions", Map.of("to", "INVESTIGATING", "version",
                    inquiry.version()), "u", groups);
            case "ASSIGN" -> api().put(base + "/assignee", Map.of("assignee", "x", "version", inquiry.version()),
                    "u", groups);
            default -> api().post(base + "/comments", Map.of("text", "c"), "u", groups);
        };
        assertThat(answer.status()).isEqualTo(expected);
    }
}
