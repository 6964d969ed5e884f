package jp.resas.ops.meeting.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;

@PlatformTest
class MeetingApiTest {

    private final MovableClock clock = new MovableClock(jst("2026-11-20T17:30"));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private Api api() {
        return new Api(http);
    }

    private static Map<String, Object> item(String ref, String title, String owner, String due) {
        Map<String, Object> item = new HashMap<>(Map.of("title", title, "owner", owner, "dueDate", due));
        if (ref != null) {
            item.put("ref", ref);
        }
        return item;
    }

    private Answer record(String title, List<Map<String, Object>> items) {
        return api().post("/meetings", Map.of("kind", "WEEKLY", "title", title, "startsAt", "2026-11-20T14:00",
                "endsAt", "2026-11-20T15:00", "ownerAttendees", List.of("主管課 木村"), "operatorAttendees",
                List.of("佐藤", "鈴木"), "reportVersion", "週次定例報告書 2026-W47 第1版", "agenda", "1. データ更新状況",
                "decisions", "人口データの更新を12月に行う", "actionItems", items), "sato", "operator", "approver");
    }

    private int issues(String originPart) {
        return sql.queryOne("SELECT count(*) FROM ticket WHERE kind = 'ISSUE' AND fields->>'origin' LIKE ?",
                row -> row.getInt(1), "%" + originPart + "%").orElseThrow();
    }

    @Test
    void minutes_draftSubmitApprove_withSegregationOfDuties_andActionItemsBecomeIssuesOnce() {
        // given sato (operator and approver) records the meeting; suzuki edits; tanaka submits
        Answer recorded = record("週次定例 11/20", List.of(item(null, "e-Stat 仕様変更の影響調査", "suzuki", "2026-12-04"),
                item(null, "人口データの更新手順書", "tanaka", "2026-12-11")));
        long id = recorded.id();
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.get("minutesDueAt").asText()).isEqualTo("2026-11-26T06:00:00Z");
        assertThat(recorded.get("minutes").get(0).get("status").asText()).isEqualTo("DRAFT");
        Answer edited = api().put("/meetings/" + id + "/minutes", Map.of("version", recorded.version(), "agenda",
                "1. データ更新状況\n2. 課題", "decisions", "人口データの更新を12月に行う", "actionItems",
                List.of(item("A1", "e-Stat 仕様変更の影響調査", "suzuki", "2026-12-04"),
                        item("A2", "人口データの更新手順書", "tanaka", "2026-12-11"))), "suzuki", "operator", "approver");
        Answer submitted = api().post("/meetings/" + id + "/minutes/submit", Map.of("version", edited.version()),
                "tanaka", "operator", "approver");
        assertThat(submitted.get("minutes").get(0).get("status").asText()).isEqualTo("SUBMITTED");
        long v = submitted.version();

        // when the author, the editor and the submitter try to decide (each also holds approver), and an
        // operator without the role tries
        Answer byAuthor = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", v), "sato", "approver");
        Answer byEditor = api().post("/meetings/" + id + "/minutes/return", Map.of("version", v, "comment", "x"),
                "suzuki", "approver");
        Answer bySubmitter = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", v), "tanaka",
                "approver");
        Answer byOperator = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", v), "yamada",
                "operator");

        // then all are refused and nothing changed
        assertThat(List.of(byAuthor, byEditor, bySubmitter)).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(403);
            assertThat(a.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        });
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(api().get("/meetings/" + id, "kimura", "viewer").version()).isEqualTo(v);

        // when the owner approves (a decidedBy of someone else smuggled into the body is refused), then retries
        Answer smuggled = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", v, "comment", "承認します",
                "decidedBy", "sato"), "kimura", "approver");
        assertThat(smuggled.status()).isEqualTo(400);
        assertThat(smuggled.get("field").asText()).isEqualTo("decidedBy");
        assertThat(api().get("/meetings/" + id, "kimura", "viewer").version()).isEqualTo(v);
        Answer approved = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", v, "comment", "承認します"),
                "kimura", "approver");
        Answer retried = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", approved.version()),
                "kimura", "approver");

        // then the decision is kimura's, the action items are two issues linked both ways, made once
        assertThat(approved.status()).isEqualTo(200);
        JsonNode minutes = approved.get("minutes").get(0);
        assertThat(minutes.get("status").asText()).isEqualTo("APPROVED");
        assertThat(minutes.get("decidedBy").asText()).isEqualTo("kimura");
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.get("error").asText()).isEqualTo("NOT_AWAITING_APPROVAL");
        assertThat(issues("会議 #" + id + "「")).isEqualTo(2);
        String issueHref = minutes.get("actionItems").get(0).get("issueHref").asText();
        Answer issue = api().get(issueHref, "suzuki", "operator");
        assertThat(issue.get("assignee").asText()).isEqualTo("suzuki");
        assertThat(issue.get("dueDate").asText()).isEqualTo("2026-12-04");
        assertThat(issue.get("fields").get("origin").asText()).contains("会議 #" + id, "A1");
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE target_type = 'meeting' AND target_id = ?",
                row -> row.getInt(1), String.valueOf(id)).orElseThrow()).isEqualTo(4);
    }

    @Test
    void approvedMinutes_areFrozen_andACorrectionNeedsApprovalAgain_openingOnlyNewItems() {
        Answer recorded = record("週次定例 訂正", List.of(item(null, "監視設定の見直し", "suzuki", "2026-12-04")));
        long id = recorded.id();
        Answer submitted = api().post("/meetings/" + id + "/minutes/submit", Map.of("version", recorded.version()),
                "sato", "operator");
        Answer approved = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", submitted.version()),
                "kimura", "approver");

        // when someone edits the approved version through the API, or behind it in the database
        Answer edit = api().put("/meetings/" + id + "/minutes", Map.of("version", approved.version(), "agenda", "改ざん"),
                "sato", "operator");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.get("error").asText()).isEqualTo("MINUTES_FROZEN");
        assertThatThrownBy(() -> sql.update("UPDATE meeting_minutes SET agenda = '改ざん' WHERE meeting_id = ? "
                + "AND number = 1", id)).hasStackTraceContaining("frozen");
        assertThatThrownBy(() -> sql.update("DELETE FROM meeting_minutes WHERE meeting_id = ?", id))
                .hasStackTraceContaining("frozen");

        // when a correction keeps A1 and adds an item, is submitted and approved
        Answer corrected = api().post("/meetings/" + id + "/minutes/corrections", Map.of("version", approved.version(),
                "reason", "期限の誤記", "agenda", "1. 監視", "actionItems", List.of(item("A1", "監視設定の見直し", "suzuki",
                        "2026-12-11"), item(null, "アラーム閾値の合意", "sato", "2026-12-18"))), "suzuki", "operator");
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.get("minutes")).hasSize(2);
        assertThat(corrected.get("minutes").get(1).get("actionItems").get(1).get("ref").asText()).isEqualTo("A2");
        Answer again = api().post("/meetings/" + id + "/minutes/submit", Map.of("version", corrected.version()),
                "suzuki", "operator");
        Answer selfApproval = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", again.version()),
                "suzuki", "approver");
        Answer reapproved = api().post("/meetings/" + id + "/minutes/approve", Map.of("version", again.version()),
                "kimura", "approver");

        // then version 1 is unchanged, version 2 approved, and only A2 opened a new issue
        assertThat(selfApproval.status()).isEqualTo(403);
        assertThat(reapproved.get("minutes").get(0).get("agenda").asText()).isEqualTo("1. データ更新状況");
        assertThat(reapproved.get("minutes").get(1).get("status").asText()).isEqualTo("APPROVED");
        assertThat(issues("会議 #" + id + "「")).isEqualTo(2);
        assertThat(reapproved.get("minutes").get(1).get("actionItems").get(0).get("issueId").asLong())
                .isEqualTo(approved.get("minutes").get(0).get("actionItems").get(0).get("issueId").asLong());
    }

    @Test
    void returned_needsAComment_thenEditAndResubmit() {
        Answer recorded = record("差戻し", List.of());
        long id = recorded.id();
        Answer submitted = api().post("/meetings/" + id + "/minutes/submit", Map.of("version", recorded.version()),
                "sato", "operator");
        Answer editWhileSubmitted = api().put("/meetings/" + id + "/minutes", Map.of("version", submitted.version(),
                "agenda", "x"), "sato", "operator");
        Answer noComment = api().post("/meetings/" + id + "/minutes/return", Map.of("version", submitted.version()),
                "kimura", "approver");
        Answer stale = api().post("/meetings/" + id + "/minutes/return", Map.of("version", recorded.version(),
                "comment", "c"), "kimura", "approver");
        Answer returned = api().post("/meetings/" + id + "/minutes/return", Map.of("version", submitted.version(),
                "comment", "決定事項の主語を明確に"), "kimura", "approver");
        Answer edited = api().put("/meetings/" + id + "/minutes", Map.of("version", returned.version(), "agenda",
                "1. データ更新状況", "decisions", "主管課が12月の更新を承認"), "sato", "operator");
        Answer resubmitted = api().post("/meetings/" + id + "/minutes/submit", Map.of("version", edited.version()),
                "sato", "operator");

        assertThat(editWhileSubmitted.status()).isEqualTo(409);
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.get("field").asText()).isEqualTo("comment");
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(returned.get("minutes").get(0).get("statusLabel").asText()).isEqualTo("差戻し");
        assertThat(returned.get("minutes").get(0).get("decisionComment").asText()).isEqualTo("決定事項の主語を明確に");
        assertThat(resubmitted.get("minutes").get(0).get("status").asText()).isEqualTo("SUBMITTED");
        List<String> kinds = new ArrayList<>();
        resubmitted.get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).containsExactly("RECORDED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED");
    }

    @Test
    void badInput_is400NamingTheField_andNothingIsWritten() {
        int before = sql.queryOne("SELECT count(*) FROM meeting", row -> row.getInt(1)).orElseThrow();
        Answer endsFirst = api().post("/meetings", Map.of("kind", "WEEKLY", "title", "t", "startsAt", "2026-11-20T15:00",
                "endsAt", "2026-11-20T14:00", "ownerAttendees", List.of("a"), "operatorAttendees", List.of("b"),
                "agenda", "x"), "sato", "operator");
        Answer badDue = api().post("/meetings", Map.of("kind", "WEEKLY", "title", "t", "startsAt", "2026-11-20T14:00",
                "endsAt", "2026-11-20T15:00", "ownerAttendees", List.of("a"), "operatorAttendees", List.of("b"),
                "agenda", "x", "actionItems", List.of(item(null, "t", "o", "12/4"))), "sato", "operator");
        Answer badKind = api().post("/meetings", Map.of("kind", "DAILY", "title", "t"), "sato", "operator");
        Answer future = api().post("/meetings", Map.of("kind", "AD_HOC", "title", "t", "startsAt", "2026-11-30T14:00",
                "endsAt", "2026-11-30T15:00", "ownerAttendees", List.of("a"), "operatorAttendees", List.of("b"),
                "agenda", "x"), "sato", "operator");
        Answer byViewer = api().post("/meetings", Map.of("kind", "WEEKLY"), "kimura", "viewer");

        assertThat(endsFirst.get("field").asText()).isEqualTo("endsAt");
        assertThat(badDue.get("field").asText()).isEqualTo("actionItems[0].dueDate");
        assertThat(badKind.get("field").asText()).isEqualTo("kind");
        assertThat(future.get("field").asText()).isEqualTo("endsAt");
        assertThat(List.of(endsFirst, badDue, badKind, future)).extracting(Answer::status).containsOnly(400);
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(sql.queryOne("SELECT count(*) FROM meeting", row -> row.getInt(1)).orElseThrow()).isEqualTo(before);
    }
}
