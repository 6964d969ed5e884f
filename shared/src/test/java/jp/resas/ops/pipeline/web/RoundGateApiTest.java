package jp.resas.ops.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Update rounds gate runs: only an approved round's datasets start, or an operator's explicit out-of-round run. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundGateApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    PipelineService pipeline;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.pipeline.raw-dir", Files.createTempDirectory("raw").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private Api api() {
        return new Api(http);
    }

    @BeforeAll
    void twoDatasets() {
        for (String id : List.of("vendor-visitors", "census-population")) {
            Answer put = api().put("/datasets/" + id, Map.of("name", "来訪者数 " + id, "publisher", "民間",
                    "sourceKind", "S3_INBOX", "sourceRef", "inbox/" + id + "/", "menus", List.of("観光マップ")), "kato", "operator");
            assertThat(put.status()).as(put.body().toString()).isBetween(200, 201);
        }
    }

    private long round(String name, boolean approved) {
        Answer planned = api().post("/rounds", Map.of("name", name, "items", List.of(Map.of("dataset", "vendor-visitors",
                "collectOn", "2025-05-01", "publishBy", "2025-05-20"))), "kato", "operator");
        assertThat(planned.status()).isEqualTo(201);
        long id = planned.get("id").asLong();
        if (approved) {
            assertThat(api().post("/rounds/" + id + "/approve", Map.of(), "suzuki", "approver").status()).isEqualTo(200);
        }
        return id;
    }

    private int runs() {
        return sql.queryOne("SELECT count(*) FROM pipeline_run", row -> row.getInt(1)).orElseThrow();
    }

    private Answer start(Map<String, Object> body) {
        return api().post("/pipeline/runs", body, "kato", "operator");
    }

    @Test
    void aRunOutsideAnyRound_withoutSayingSo_isRefused() {
        int before = runs();

        Answer refused = start(Map.of("dataset", "vendor-visitors"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("error").asText()).isEqualTo("ROUND_REQUIRED");
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void aRunInAnUnapprovedRound_orForADatasetNotInIt_orAnUnknownRound_isRefused() {
        long draft = round("未承認の回", false);
        long approved = round("承認済みの回", true);
        int before = runs();

        Answer unapproved = start(Map.of("dataset", "vendor-visitors", "roundId", draft));
        Answer notInRound = start(Map.of("dataset", "census-population", "roundId", approved));
        Answer unknown = start(Map.of("dataset", "vendor-visitors", "roundId", 987654));
        Answer both = start(Map.of("dataset", "vendor-visitors", "roundId", approved, "outOfRound", true));

        assertThat(unapproved.get("error").asText()).isEqualTo("ROUND_NOT_APPROVED");
        assertThat(notInRound.get("error").asText()).isEqualTo("DATASET_NOT_IN_ROUND");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.get("message").asText()).doesNotContain("SQL", "constraint", "violates");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.get("field").asText()).isEqualTo("outOfRound");
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void anApprovedRoundsDataset_starts_andAnExplicitOutOfRoundRun_isAuditedAsSuch() {
        long approved = round("実行する回", true);

        Run inRound = pipeline.start("vendor-visitors", approved, PipelineService.executionName("vendor-visitors",
                approved, null), null, "kato", false);
        Run outside = pipeline.start("census-population", null, PipelineService.executionName("census-population", null, "1"),
                null, "kato", true);

        assertThat(inRound.roundId()).isEqualTo(approved);
        assertThat(outside.executionName()).startsWith("out-of-round-");
        assertThat(sql.queryOne("SELECT action FROM audit_log WHERE target_type = 'pipeline_run' AND target_id = ?",
                row -> row.getString(1), String.valueOf(outside.id().value()))).contains("pipeline.run.started_out_of_round");
    }

    @Test
    void roundPlanning_refusesADatasetTwice_andANameTooLong_naming400() {
        Answer twice = api().post("/rounds", Map.of("name", "重複の回", "items", List.of(
                Map.of("dataset", "vendor-visitors", "collectOn", "2025-05-01", "publishBy", "2025-05-20"),
                Map.of("dataset", "vendor-visitors", "collectOn", "2025-05-02", "publishBy", "2025-05-21"))),
                "kato", "operator");
        Answer tooLong = api().post("/rounds", Map.of("name", "回".repeat(3000), "items", List.of(
                Map.of("dataset", "vendor-visitors", "collectOn", "2025-05-01", "publishBy", "2025-05-20"))),
                "kato", "operator");

        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.get("field").asText()).isEqualTo("items");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.get("field").asText()).isEqualTo("name");
    }

    @Test
    void roundApproval_byItsPlanner_isRefused_withTheSegregationCode() {
        long draft = round("自己承認の回", false);

        Answer own = api().post("/rounds/" + draft + "/approve", Map.of(), "kato", "approver", "operator");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
    }

    @Test
    void datasetPut_keepsWhatItDoesNotGive_andListsIdsAsText() {
        api().put("/datasets/vendor-visitors", Map.of("name", "来訪者数", "publisher", "民間", "sourceKind", "S3_INBOX",
                "sourceRef", "inbox/vendor-visitors/", "licence", "契約 2025-01"), "kato", "operator");

        Answer partial = api().put("/datasets/vendor-visitors", Map.of("name", "来訪者数 (改)"), "kato", "operator");
        Answer list = api().get("/datasets", "v", "viewer");

        assertThat(partial.status()).as(partial.body().toString()).isEqualTo(200);
        Answer now = api().get("/datasets/vendor-visitors", "v", "viewer");
        assertThat(now.get("name").asText()).isEqualTo("来訪者数 (改)");
        assertThat(now.get("licence").asText()).isEqualTo("契約 2025-01");
        assertThat(now.get("sourceRef").asText()).isEqualTo("inbox/vendor-visitors/");
        assertThat(now.get("id").isTextual()).isTrue();
        assertThat(list.get("items").get(0).get("id").isTextual()).isTrue();
        assertThat(api().put("/datasets/vendor-visitors", Map.of("nextRelease", "3025-01-01"), "kato", "operator")
                .get("field").asText()).isEqualTo("nextRelease");
    }
}
