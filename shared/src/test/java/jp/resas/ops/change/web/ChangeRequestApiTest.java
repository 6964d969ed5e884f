package jp.resas.ops.change.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class ChangeRequestApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api() {
        return new Api(http);
    }

    private Answer draft(String author, String group) {
        return api().post("/change-requests", Map.of("title", "API タイムアウト値の変更", "priority", "MEDIUM",
                "fields", Map.of("changeKind", "CONFIGURATION", "target", "API Gateway 統合タイムアウト",
                        "reason", "大きい抽出で 504")), author, group);
    }

    private Answer move(Answer ticket, String to, String... fields) {
        Map<String, String> written = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            written.put(fields[i], fields[i + 1]);
        }
        return api().post("/change-requests/" + ticket.id() + "/transitions", Map.of("to", to, "version",
                ticket.version(), "fields", written), "sato", "operator");
    }

    private Answer review(Answer draft) {
        return move(draft, "REVIEW", "risk", "一時的な遅延", "rollbackPlan", "前の値に戻して再デプロイ");
    }

    @Test
    void fullLifecycle_draftReviewApprovedImplementedVerifiedClosed_recordsTheDocumentVersion() {
        Answer inReview = review(draft("sato", "operator"));
        Answer approved = api().post("/change-requests/" + inReview.id() + "/approve",
                Map.of("version", inReview.version()), "owner-suzuki", "approver");
        Answer implemented = move(approved, "IMPLEMENTED", "document", "基本設計書 API 編", "documentVersion", "1.4");
        Answer verified = move(implemented, "VERIFIED", "verification", "本番で 60 秒を確認");
        Answer closed = move(verified, "CLOSED");

        assertThat(inReview.get("sla").get("paused").asBoolean()).isTrue();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("fields").get("documentVersion").asText()).isEqualTo("1.4");
        assertThat(closed.get("timeline").size()).isEqualTo(6);
    }

    @Test
    void reviewNeedsRiskAndRollbackPlan() {
        Answer refused = move(draft("sato", "operator"), "REVIEW", "risk", "r");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("rollbackPlan");
    }

    @Test
    void implementedNeedsTheDocumentVersion() {
        Answer inReview = review(draft("sato", "operator"));
        Answer approved = api().post("/change-requests/" + inReview.id() + "/approve",
                Map.of("version", inReview.version()), "owner-suzuki", "approver");

        assertThat(move(approved, "IMPLEMENTED", "document", "d").get("field").asText()).isEqualTo("documentVersion");
    }

    @Test
    void segregationOfDuties_anAuthorWhoIsAlsoApproverCannotApprove() {
        Answer inReview = review(draft("kimura", "admin"));

        Answer own = api().post("/change-requests/" + inReview.id() + "/approve",
                Map.of("version", inReview.version()), "kimura", "approver", "admin");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, IMPLEMENTED", "DRAFT, APPROVED", "DRAFT, VERIFIED", "DRAFT, CLOSED"})
    void skippingStages_is409(String from, String to) {
        Answer refused = move(draft("sato", "operator"), to);

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void returnedToDraft_andRejected() {
        Answer back = move(review(draft("sato", "operator")), "DRAFT");
        Answer again = review(back);
        Answer rejected = api().post("/change-requests/" + again.id() + "/reject",
                Map.of("version", again.version(), "comment", "影響調査が不足"), "owner-suzuki", "approver");

        assertThat(back.get("status").asText()).isEqualTo("DRAFT");
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("approvals").get(0).get("decision").asText()).isEqualTo("REJECTED");
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "approver, 403", "operator, 201", "admin, 201"})
    void roleMatrix_open(String group, int expected) {
        assertThat(draft("u", group).status()).isEqualTo(expected);
    }
}
