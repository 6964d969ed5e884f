package jp.resas.ops.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/** Title, priority and due date change through PATCH; viewers list their own inquiries; keys show the kind. */
@PlatformTest
class TicketUpdateApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private Api api() {
        return new Api(http);
    }

    private Answer inquiry(String user, String title) {
        return api().post("/inquiries", Map.of("title", title, "priority", "LOW", "fields", Map.of(
                "requesterKind", "CABINET", "channel", "EMAIL", "body", "質問です")), user, "viewer");
    }

    @Test
    void titlePriorityAndDueDate_change_withOldAndNewAudited_andTheSlaFollowsThePriority() {
        Answer low = inquiry("viewer-a", "統計の出典");
        String lowDue = low.get("sla").get("resolution").get("targetMinutes").asText();

        Answer changed = api().patch("/inquiries/" + low.id(), Map.of("version", low.version(), "title", "統計の出典 (至急)",
                "priority", "CRITICAL", "dueDate", "2026-12-25"), "sato", "operator");

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.get("title").asText()).isEqualTo("統計の出典 (至急)");
        assertThat(changed.get("priority").asText()).isEqualTo("CRITICAL");
        assertThat(changed.get("dueDate").asText()).isEqualTo("2026-12-25");
        assertThat(changed.get("sla").get("resolution").get("targetMinutes").asText()).isNotEqualTo(lowDue);
        assertThat(changed.get("timeline").get(changed.get("timeline").size() - 1).get("message").asText())
                .contains("件名変更: 「統計の出典」 → 「統計の出典 (至急)」", "優先度変更: 「LOW」 → 「CRITICAL」");
        assertThat(sql.queryOne("SELECT details->'changes'->'priority'->>'old' FROM audit_log WHERE action = "
                + "'inquiry.update' AND target_id = ?", row -> row.getString(1), String.valueOf(low.id()))).contains("LOW");
    }

    @Test
    void update_refusesABlankTitle_anInsaneDate_aStaleVersion_andAViewer() {
        Answer ticket = inquiry("viewer-b", "件名");

        assertThat(api().patch("/inquiries/" + ticket.id(), Map.of("version", ticket.version(), "title", " "), "sato",
                "operator").get("field").asText()).isEqualTo("title");
        assertThat(api().patch("/inquiries/" + ticket.id(), Map.of("version", ticket.version(), "dueDate", "9999-01-01"),
                "sato", "operator").get("field").asText()).isEqualTo("dueDate");
        assertThat(api().patch("/inquiries/" + ticket.id(), Map.of("version", ticket.version() + 5, "priority", "HIGH"),
                "sato", "operator").get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(api().patch("/inquiries/" + ticket.id(), Map.of("version", ticket.version(), "priority", "HIGH"),
                "viewer-b", "viewer").status()).isEqualTo(403);
    }

    @Test
    void approvedTitle_cannotChange_andWhoeverRetitledItMayNotApprove() {
        Answer request = api().post("/work-requests", Map.of("title", "抽出", "priority", "MEDIUM", "fields",
                Map.of("workType", "EXTRACTION", "description", "人口", "touchesProductionData", "true")),
                "owner-tanaka", "approver");
        Answer retitled = api().patch("/work-requests/" + request.id(), Map.of("version", request.version(),
                "title", "本番データ全件の抽出"), "ito", "operator", "approver");
        Answer awaiting = api().post("/work-requests/" + request.id() + "/transitions", Map.of("to", "AWAITING_APPROVAL",
                "version", retitled.version()), "sato", "operator");

        assertThat(api().post("/work-requests/" + request.id() + "/approve", Map.of("version", awaiting.version()), "ito",
                "approver").get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        Answer approved = api().post("/work-requests/" + request.id() + "/approve", Map.of("version", awaiting.version()),
                "owner-suzuki", "approver");
        Answer refused = api().patch("/work-requests/" + request.id(), Map.of("version", approved.version(),
                "title", "別の件名"), "sato", "operator");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("APPROVED_CONTENT_CHANGED");
    }

    @Test
    void viewers_listTheirOwnInquiries_withMine_andTicketsShowAKindPrefix() {
        Answer mine = inquiry("viewer-mine", "私の問合せ");
        inquiry("viewer-other", "他人の問合せ");

        Answer list = api().get("/inquiries?mine=true&limit=10", "viewer-mine", "viewer");

        assertThat(list.get("items")).isNotEmpty();
        list.get("items").forEach(item -> assertThat(item.get("requester").asText()).isEqualTo("viewer-mine"));
        assertThat(mine.get("key").asText()).isEqualTo("INQ-" + mine.id());
        assertThat(api().get("/inquiries?mine=maybe", "viewer-mine", "viewer").get("field").asText()).isEqualTo("mine");
    }

    @Test
    void shortLists_answerItemsAndNextCursor_andHonourLimit() {
        for (int i = 0; i < 3; i++) {
            api().put("/costs/budgets/2028-0" + (i + 1), Map.of("thresholds", java.util.List.of(100 + i)), "adm", "admin");
        }
        Answer first = api().get("/costs/budgets?limit=2", "v", "viewer");
        Answer second = api().get("/costs/budgets?limit=2&cursor=" + first.get("nextCursor").asText(), "v", "viewer");

        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).isNotEmpty();
        assertThat(second.get("items").get(0).get("month").asText()).isNotEqualTo(first.get("items").get(0).get("month").asText());
        assertThat(api().get("/costs/budgets?limit=0", "v", "viewer").get("field").asText()).isEqualTo("limit");
        assertThat(api().get("/costs/budgets?cursor=xyz", "v", "viewer").get("field").asText()).isEqualTo("cursor");
        assertThat(api().get("/datasets", "v", "viewer").body().has("items")).isTrue();
        assertThat(api().get("/rounds", "v", "viewer").body().has("items")).isTrue();
        assertThat(api().get("/pipeline/runs", "v", "viewer").body().has("items")).isTrue();
    }

    @Test
    void openApi_statesCreatedAndRefusals_requiredFields_andEnums() {
        String yaml = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/openapi.yml"), String.class);

        assertThat(yaml).contains("起票しました", "APPROVED_CONTENT_CHANGED", "- CRITICAL", "ApiError");
        int open = yaml.indexOf("Open:");
        assertThat(open).isPositive();
        assertThat(yaml.substring(open, Math.min(yaml.length(), open + 400))).contains("required:", "- title", "- priority");
    }
}
