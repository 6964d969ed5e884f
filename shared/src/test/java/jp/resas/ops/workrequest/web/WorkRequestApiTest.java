package jp.resas.ops.workrequest.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class WorkRequestApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private Api api() {
        return new Api(http);
    }

    /** Owner staff (approver group) ask for an extraction. */
    private Answer request(boolean production) {
        return api().post("/work-requests", Map.of("title", "市町村別人口の抽出", "priority", "MEDIUM", "fields",
                Map.of("workType", "EXTRACTION", "description", "2020年の市町村別人口を CSV で",
                        "touchesProductionData", String.valueOf(production))), "owner-tanaka", "approver");
    }

    private Answer move(Answer ticket, String to, String... fields) {
        Map<String, String> written = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            written.put(fields[i], fields[i + 1]);
        }
        return api().post("/work-requests/" + ticket.id() + "/transitions", Map.of("to", to, "version",
                ticket.version(), "fields", written), "sato", "operator");
    }

    private Answer decide(Answer ticket, String decision, String user, String... groups) {
        return api().post("/work-requests/" + ticket.id() + "/" + decision, Map.of("version", ticket.version(),
                "comment", "確認しました"), user, groups);
    }

    @Test
    void productionData_cannotStartBeforeApproval() {
        Answer refused = move(request(true), "IN_PROGRESS");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("APPROVAL_REQUIRED");
    }

    @Test
    void productionData_approvedByAnotherApprover_thenDoneWithResultAndDeliverable() {
        Answer awaiting = move(request(true), "AWAITING_APPROVAL");
        assertThat(awaiting.get("sla").get("paused").asBoolean()).isTrue();

        Answer approved = decide(awaiting, "approve", "owner-suzuki", "approver");
        Answer working = move(approved, "IN_PROGRESS");
        Answer done = move(working, "DONE", "result", "1,741 行を抽出", "deliverable", "s3://deliveries/2026/pop.csv");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approvals").get(0).get("approver").asText()).isEqualTo("owner-suzuki");
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("resolvedAt").isNull()).isFalse();
        assertThat(done.get("fields").get("deliverable").asText()).startsWith("s3://");
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'work_request.approved' AND actor = ?",
                row -> row.getInt(1), "owner-suzuki")).contains(1);
    }

    @Test
    void segregationOfDuties_theRequesterCannotApproveTheirOwnRequest() {
        Answer awaiting = move(request(true), "AWAITING_APPROVAL");

        Answer own = decide(awaiting, "approve", "owner-tanaka", "approver");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(api().get("/work-requests/" + awaiting.id(), "x", "viewer").get("status").asText())
                .isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void rejection_closesTheRequest() {
        Answer rejected = decide(move(request(true), "AWAITING_APPROVAL"), "reject", "owner-suzuki", "approver");

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("closedAt").isNull()).isFalse();
    }

    @Test
    void approvingWhenNotAwaiting_is409_andApprovedCannotBeSetByTransition() {
        Answer received = request(true);

        assertThat(decide(received, "approve", "owner-suzuki", "approver").get("error").asText())
                .isEqualTo("NOT_AWAITING_APPROVAL");
        Answer awaiting = move(received, "AWAITING_APPROVAL");
        assertThat(move(awaiting, "APPROVED").status()).isEqualTo(409);
    }

    @Test
    void withoutProductionData_startsAtOnce_andDoneNeedsTheResult() {
        Answer working = move(request(false), "IN_PROGRESS");

        assertThat(working.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(move(working, "DONE", "result", "r").get("field").asText()).isEqualTo("deliverable");
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "operator, 403", "admin, 403", "approver, 200"})
    void roleMatrix_approve(String group, int expected) {
        Answer awaiting = move(request(true), "AWAITING_APPROVAL");

        assertThat(decide(awaiting, "approve", "someone-else", group).status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "approver, 201", "operator, 201"})
    void roleMatrix_open(String group, int expected) {
        assertThat(api().post("/work-requests", Map.of("title", "t", "priority", "LOW", "fields", Map.of(
                "workType", "INVESTIGATION", "description", "d", "touchesProductionData", "false")), "u", group)
                .status()).isEqualTo(expected);
    }
}
