package jp.resas.ops.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * Tries to get around approvals through the API, as a user holding several roles would: flip what needs
 * approval inside another request, change what was approved, approve what one wrote.
 */
@PlatformTest
class ApprovalBindingApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private Api api() {
        return new Api(http);
    }

    private Answer workRequest(boolean production) {
        return api().post("/work-requests", Map.of("title", "人口データの抽出", "priority", "MEDIUM", "fields",
                Map.of("workType", "EXTRACTION", "description", "市町村別人口を CSV で",
                        "touchesProductionData", String.valueOf(production))), "owner-tanaka", "approver");
    }

    private Answer changeRequest() {
        return api().post("/change-requests", Map.of("title", "基本設計書の改版", "priority", "MEDIUM", "fields",
                Map.of("changeKind", "DESIGN_DOCUMENT", "target", "基本設計書 3.2", "reason", "API 追加")),
                "sato", "operator");
    }

    private Answer move(String kind, Answer ticket, String to, String user, String... fields) {
        Map<String, String> written = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            written.put(fields[i], fields[i + 1]);
        }
        return api().post("/" + kind + "/" + ticket.id() + "/transitions", Map.of("to", to, "version",
                ticket.version(), "fields", written), user, "operator", "approver");
    }

    private Answer approve(String kind, Answer ticket, String user) {
        return api().post("/" + kind + "/" + ticket.id() + "/approve", Map.of("version", ticket.version()), user,
                "approver", "operator");
    }

    private Answer read(String kind, Answer ticket) {
        return api().get("/" + kind + "/" + ticket.id(), "viewer-1", "viewer");
    }

    @Test
    void productionFlag_flippedInsideTheTransitionToWork_isRefused_andNothingChanges() {
        Answer received = workRequest(false);

        Answer refused = move("work-requests", received, "IN_PROGRESS", "sato", "touchesProductionData", "true",
                "dataScope", "本番 DB の人口テーブル");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("APPROVAL_REQUIRED");
        Answer now = read("work-requests", received);
        assertThat(now.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(now.get("fields").get("touchesProductionData").asText()).isEqualTo("false");
        assertThat(now.get("version").asLong()).isEqualTo(received.version());
    }

    @Test
    void productionFlag_flippedWhileTheWorkIsUnderWay_isRefused() {
        Answer working = move("work-requests", workRequest(false), "IN_PROGRESS", "sato");

        Answer refused = move("work-requests", working, "DONE", "sato", "touchesProductionData", "true",
                "result", "抽出済み", "deliverable", "s3://d/x.csv");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("APPROVAL_REQUIRED");
    }

    @Test
    void approvedContent_changedOnTheWayToWork_isRefused_forEveryBoundField() {
        Answer awaiting = move("work-requests", workRequest(true), "AWAITING_APPROVAL", "sato");
        Answer approved = approve("work-requests", awaiting, "owner-suzuki");
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");

        for (String[] change : new String[][] {{"dataScope", "全テーブル"}, {"description", "全件を抽出"},
                {"touchesProductionData", "false"}, {"workType", "OTHER"}}) {
            Answer refused = move("work-requests", approved, "IN_PROGRESS", "sato", change[0], change[1]);
            assertThat(refused.status()).as(change[0]).isEqualTo(409);
            assertThat(refused.get("error").asText()).isEqualTo("APPROVED_CONTENT_CHANGED");
            assertThat(refused.get("field").asText()).isEqualTo(change[0]);
        }
        Answer working = move("work-requests", approved, "IN_PROGRESS", "sato");
        Answer later = move("work-requests", working, "WAITING_FOR_REQUESTER", "sato", "dataScope", "全テーブル");
        assertThat(later.get("error").asText()).as("still bound while the work is under way")
                .isEqualTo("APPROVED_CONTENT_CHANGED");
    }

    @Test
    void approvedContent_changed_sendsTheRequestBackToApproval_withTheChangeOnTheTimeline() {
        Answer approved = approve("work-requests", move("work-requests", workRequest(true), "AWAITING_APPROVAL",
                "sato"), "owner-suzuki");
        Answer working = move("work-requests", approved, "IN_PROGRESS", "sato");

        Answer back = move("work-requests", working, "AWAITING_APPROVAL", "sato", "dataScope", "人口と世帯のテーブル");

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        JsonNode timeline = back.get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("message").asText())
                .contains("承認対象の変更: dataScope: 「」 → 「人口と世帯のテーブル」");
        Answer refusedStart = move("work-requests", back, "IN_PROGRESS", "sato");
        assertThat(refusedStart.status()).isEqualTo(409);
        Answer reapproved = approve("work-requests", back, "owner-suzuki");
        assertThat(reapproved.status()).as("sato changed it, suzuki did not").isEqualTo(200);
        assertThat(move("work-requests", reapproved, "IN_PROGRESS", "sato").status()).isEqualTo(200);
    }

    @Test
    void segregationOfDuties_whoeverChangedTheContentCannotApprove_withOneErrorCode() {
        Answer awaiting = move("work-requests", workRequest(true), "AWAITING_APPROVAL", "ito",
                "dataScope", "本番 DB の人口テーブル");

        Answer byEditor = approve("work-requests", awaiting, "ito");
        Answer byRequester = approve("work-requests", awaiting, "owner-tanaka");
        Answer byOther = approve("work-requests", awaiting, "owner-suzuki");

        assertThat(byEditor.status()).isEqualTo(403);
        assertThat(byEditor.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(byRequester.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(byOther.status()).isEqualTo(200);
    }

    @Test
    void segregationOfDuties_anOperatorWhoOnlyMovedTheRequest_mayStillApprove() {
        Answer awaiting = move("work-requests", workRequest(true), "AWAITING_APPROVAL", "ito");

        assertThat(approve("work-requests", awaiting, "ito").status()).isEqualTo(200);
    }

    @Test
    void changeRequest_approvedTargetRollbackOrKind_cannotChange_untilReviewedAgain() {
        Answer review = move("change-requests", changeRequest(), "REVIEW", "sato", "risk", "低", "rollbackPlan", "旧版に戻す");
        Answer approved = approve("change-requests", review, "suzuki");

        for (String[] change : new String[][] {{"target", "基本設計書 全体"}, {"rollbackPlan", "なし"},
                {"changeKind", "DATA"}}) {
            Answer refused = move("change-requests", approved, "IMPLEMENTED", "sato", change[0], change[1],
                    "document", "基本設計書", "documentVersion", "1.3");
            assertThat(refused.get("error").asText()).as(change[0]).isEqualTo("APPROVED_CONTENT_CHANGED");
        }
        Answer reviewAgain = move("change-requests", approved, "REVIEW", "ito", "target", "基本設計書 全体");
        assertThat(reviewAgain.get("status").asText()).isEqualTo("REVIEW");
        assertThat(approve("change-requests", reviewAgain, "ito").get("error").asText())
                .isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(approve("change-requests", reviewAgain, "suzuki").get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void auditLog_recordsOldAndNewValues_ofEveryChangedField() throws Exception {
        Answer received = workRequest(false);

        move("work-requests", received, "IN_PROGRESS", "sato", "dataScope", "人口テーブル");

        String details = sql.queryOne("SELECT details::text FROM audit_log WHERE action = 'work_request.transition' "
                + "AND target_id = ? ORDER BY id DESC LIMIT 1", row -> row.getString(1),
                String.valueOf(received.id())).orElseThrow();
        JsonNode change = new ObjectMapper().readTree(details).path("changes").path("dataScope");
        assertThat(change.path("old").isNull()).isTrue();
        assertThat(change.path("now").asText()).isEqualTo("人口テーブル");
    }

    @Test
    void requiredField_cannotBeBlankedByATransition() {
        Answer working = move("work-requests", workRequest(false), "IN_PROGRESS", "sato");

        Answer refused = move("work-requests", working, "WAITING_FOR_REQUESTER", "sato", "description", " ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("description");
    }

    @Test
    void majorIncident_cannotBeUnflagged_toSkipThePreventionMeasures() {
        Answer incident = api().post("/incidents", Map.of("title", "API が 503 を返す", "severity", 2, "major", true,
                "impact", "全利用者が閲覧不可"), "sato", "operator");

        Answer refused = api().patch("/incidents/" + incident.id(), Map.of("version", incident.version(),
                "major", false), "sato", "operator", "approver", "admin");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("MAJOR_INCIDENT");
        assertThat(api().get("/incidents/" + incident.id(), "v", "viewer").get("major").asBoolean()).isTrue();
    }
}
