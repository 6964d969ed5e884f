package jp.resas.ops.issue.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.Map;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

@PlatformTest
class IssueApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api() {
        return new Api(http);
    }

    @Test
    void issue_hasOwnerDueDateAndResolution_andNoSla() {
        Answer opened = api().post("/issues", Map.of("title", "e-Stat API の仕様変更", "priority", "HIGH",
                "assignee", "sato", "dueDate", "2026-07-31", "fields", Map.of("description", "v3 廃止予定")),
                "sato", "operator");
        Answer resolved = api().post("/issues/" + opened.id() + "/transitions", Map.of("to", "RESOLVED",
                "version", opened.version(), "fields", Map.of("resolution", "v4 へ移行済")), "sato", "operator");

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.get("dueDate").asText()).isEqualTo("2026-07-31");
        assertThat(opened.get("assignee").asText()).isEqualTo("sato");
        assertThat(opened.get("sla").isNull()).isTrue();
        assertThat(resolved.get("statusLabel").asText()).isEqualTo("解決済");
        assertThat(resolved.get("fields").get("resolution").asText()).isEqualTo("v4 へ移行済");
    }

    @Test
    void badDueDate_is400NamingTheField() {
        Answer refused = api().post("/issues", Map.of("title", "t", "priority", "LOW", "dueDate", "7/31",
                "fields", Map.of("description", "d")), "sato", "operator");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("dueDate");
    }

    @Test
    void resolvedNeedsResolution_andIssuesOfAnotherKindAre404() {
        Answer opened = api().post("/issues", Map.of("title", "t", "priority", "LOW",
                "fields", Map.of("description", "d")), "sato", "operator");

        assertThat(api().post("/issues/" + opened.id() + "/transitions", Map.of("to", "RESOLVED", "version",
                opened.version()), "sato", "operator").get("field").asText()).isEqualTo("resolution");
        assertThat(api().get("/inquiries/" + opened.id(), "k", "viewer").status()).isEqualTo(404);
        assertThat(api().post("/issues", Map.of("title", "t", "priority", "LOW", "fields", Map.of("description",
                "d")), "k", "viewer").status()).isEqualTo(403);
    }
}
