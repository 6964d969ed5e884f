package jp.resas.ops.eos.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The EOS calendar's API on a real PostgreSQL: the seed with its sources, the administrator's additions and
 * corrections (reviewed by whoever saved them), keyset pages, and an upgrade tried around: completed without a
 * passed test, before its change request was carried out, by the person who recorded the test, tested again
 * once done, and a change request reused for a second upgrade.
 */
@MicronautTest(transactional = false, environments = "eos-api-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EosApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void start() {
        api = new Api(http);
    }

    private static Map<String, Object> item(String name, String endsOn, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("system", "RESAS");
        body.put("category", "LAMBDA_RUNTIME");
        body.put("name", name);
        body.put("productVersion", "python3.9");
        body.put("endsOn", endsOn);
        body.put("sourceUrl", url);
        return body;
    }

    private long changeRequest(String status) {
        return sql.queryOne("INSERT INTO ticket (kind, title, priority, status, requester, created_at) VALUES "
                + "('CHANGE_REQUEST', 'ランタイム更新', 'MEDIUM', ?, 'sato', now()) RETURNING id", row -> row.getLong(1),
                status).orElseThrow();
    }

    @Test
    void theSeed_namesWhatRuns_withItsSourceAndReviewer() {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Api.Answer page = api.get("/eos/items?retired=true&limit=3" + (cursor == null ? "" : "&cursor=" + cursor),
                    "kato", "viewer");
            assertThat(page.status()).isEqualTo(200);
            page.get("items").forEach(all::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(all).extracting(n -> n.get("productVersion").asText()).contains("java21", "16 (16.6)", "17");
        JsonNode java21 = all.stream().filter(n -> n.get("productVersion").asText().equals("java21")).findFirst().orElseThrow();
        assertThat(java21.get("endsOn").asText()).isEqualTo("2029-06-30");
        assertThat(java21.get("sourceUrl").asText()).isEqualTo("https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html");
        assertThat(java21.get("reviewedBy").asText()).isNotBlank();
        List<String> ends = all.stream().map(n -> n.get("endsOn").asText()).toList();
        assertThat(ends).isSorted();
    }

    @Test
    void onlyAnAdministrator_keepsTheCalendar_andWhoeverSavesADateReviewedIt() {
        assertThat(api.post("/eos/items", item("AWS Lambda Python", "2026-12-15", "https://docs.aws.amazon.com/x"),
                "sato", "operator", "approver").status()).isEqualTo(403);
        Api.Answer badUrl = api.post("/eos/items", item("AWS Lambda Python", "2026-12-15", "docs.aws.amazon.com"),
                "yamada", "admin");
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.get("field").asText()).isEqualTo("sourceUrl");
        Map<String, Object> unknown = item("AWS Lambda Python", "2026-12-15", "https://docs.aws.amazon.com/x");
        unknown.put("reviewedBy", "someone-else");
        assertThat(api.post("/eos/items", unknown, "yamada", "admin").status()).isEqualTo(400);

        Api.Answer added = api.post("/eos/items", item("AWS Lambda Python", "2026-12-15",
                "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"), "yamada", "admin");
        assertThat(added.status()).isEqualTo(201);
        long id = added.get("item").get("id").asLong();
        long version = added.get("item").get("version").asLong();
        assertThat(added.get("item").get("reviewedBy").asText()).isEqualTo("yamada");

        Map<String, Object> corrected = item("AWS Lambda Python", "2027-01-15",
                "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html");
        corrected.put("version", version);
        Api.Answer changed = api.put("/eos/items/" + id, corrected, "suzuki", "admin");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.get("item").get("endsOn").asText()).isEqualTo("2027-01-15");
        assertThat(changed.get("item").get("reviewedBy").asText()).isEqualTo("suzuki");
        assertThat(api.put("/eos/items/" + id, corrected, "yamada", "admin").status()).isEqualTo(409);
        assertThat(sql.query("SELECT actor || ' ' || action || ' ' || (details->>'endsOn') FROM audit_log "
                + "WHERE target_type = 'eos_item' AND target_id = ? ORDER BY id", row -> row.getString(1), String.valueOf(id)))
                .containsExactly("yamada eos.item.added 2026-12-15", "suzuki eos.item.changed 2027-01-15");
    }

    @Test
    void anUpgrade_needsAPassedTest_aCarriedOutChange_andAnotherPersonToComplete() {
        long item = api.post("/eos/items", item("AWS Lambda Ruby", "2027-03-31", "https://docs.aws.amazon.com/lambda/"),
                "yamada", "admin").get("item").get("id").asLong();
        long issue = sql.queryOne("INSERT INTO ticket (kind, title, priority, status, requester, created_at) VALUES "
                + "('ISSUE', '課題', 'LOW', 'OPEN', 'sato', now()) RETURNING id", row -> row.getLong(1)).orElseThrow();
        Api.Answer notAChange = api.post("/eos/items/" + item + "/upgrades", Map.of("changeRequestId", issue,
                "targetVersion", "ruby3.4"), "sato", "operator");
        assertThat(notAChange.status()).isEqualTo(400);
        assertThat(notAChange.get("field").asText()).isEqualTo("changeRequestId");

        long change = changeRequest("DRAFT");
        Api.Answer planned = api.post("/eos/items/" + item + "/upgrades", Map.of("changeRequestId", change,
                "targetVersion", "ruby3.4"), "sato", "operator");
        assertThat(planned.status()).isEqualTo(201);
        long upgrade = planned.id();
        assertThat(api.post("/eos/items/" + item + "/upgrades", Map.of("changeRequestId", change, "targetVersion", "x"),
                "sato", "operator").get("error").asText()).isEqualTo("CHANGE_REQUEST_IN_USE");

        Api.Answer failed = api.post("/eos/upgrades/" + upgrade + "/test", Map.of("version", planned.version(),
                "environment", "ステージング", "result", "FAILED", "summary", "結合試験で 2 件失敗"), "sato", "operator");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(api.post("/eos/upgrades/" + upgrade + "/complete", Map.of("version", failed.version()), "tanaka",
                "operator").get("error").asText()).isEqualTo("TEST_NOT_PASSED");

        Api.Answer passed = api.post("/eos/upgrades/" + upgrade + "/test", Map.of("version", failed.version(),
                "environment", "ステージング", "result", "PASSED", "summary", "結合試験 120 件すべて合格",
                "evidence", "https://example.jp/test-report/42"), "sato", "operator");
        assertThat(passed.get("test").get("result").asText()).isEqualTo("PASSED");
        assertThat(passed.get("test").get("testedBy").asText()).isEqualTo("sato");

        Api.Answer notCarriedOut = api.post("/eos/upgrades/" + upgrade + "/complete", Map.of("version", passed.version()),
                "tanaka", "operator");
        assertThat(notCarriedOut.status()).isEqualTo(409);
        assertThat(notCarriedOut.get("error").asText()).isEqualTo("CHANGE_NOT_CARRIED_OUT");

        sql.update("UPDATE ticket SET status = 'IMPLEMENTED' WHERE id = ?", change);
        Api.Answer self = api.post("/eos/upgrades/" + upgrade + "/complete", Map.of("version", passed.version()),
                "sato", "operator", "admin");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");

        Api.Answer done = api.post("/eos/upgrades/" + upgrade + "/complete", Map.of("version", passed.version()),
                "tanaka", "operator");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("doneBy").asText()).isEqualTo("tanaka");
        Api.Answer retested = api.post("/eos/upgrades/" + upgrade + "/test", Map.of("version", done.version(),
                "environment", "本番", "result", "FAILED", "summary", "書き換え"), "sato", "operator");
        assertThat(retested.status()).isEqualTo(409);
        JsonNode detail = api.get("/eos/items/" + item, "kato", "viewer").body();
        assertThat(detail.get("item").get("retiredAt").isNull()).isFalse();
        assertThat(detail.get("upgrades").get(0).get("changeRequestId").asLong()).isEqualTo(change);
        assertThat(api.get("/eos/items?system=RESAS", "kato", "viewer").get("items")).noneMatch(
                n -> n.get("id").asLong() == item);
    }
}
