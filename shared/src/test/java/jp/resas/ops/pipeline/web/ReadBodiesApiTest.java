package jp.resas.ops.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.infrastructure.PublishService;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-side bodies of the pipeline and the catalog, now records: each answer's fields, names and types,
 * as they were when these bodies were maps (the update log, the sources, the versions and the diff, the update
 * rounds, the run detail with its validation report). One dataset published twice (the second time with one
 * observation changed), one round planned.
 */
@PlatformTest
class ReadBodiesApiTest implements TestPropertyProvider {

    private static final String DATASET = "vendor-visitors";

    @Inject
    CatalogService catalog;
    @Inject
    PipelineService pipeline;
    @Inject
    ApprovalService approvals;
    @Inject
    PublishService publishing;
    @Inject
    RawStore raw;
    @Inject
    @Client("/")
    HttpClient http;

    private RunId second;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("resas.pipeline.raw-dir", Files.createTempDirectory("raw").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    void publishTwice() throws IOException {
        catalog.save(new Dataset(new DatasetId(DATASET), "来訪者数", "民間", SourceKind.S3_INBOX, "inbox/vendor-visitors/",
                "四半期", null, List.of("観光マップ"), "契約", "x@example.jp"), "kato", "test");
        byte[] sample;
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            sample = in.readAllBytes();
        }
        RunId first = runToApproval("first", sample);
        approvals.decide(first, "suzuki", true, "確認しました", "test");
        publishing.publish(first);
        String text = new String(sample, StandardCharsets.UTF_8);
        second = runToApproval("second", text.replace("\n47,沖縄県,5466296,", "\n47,沖縄県,5466297,")
                .getBytes(StandardCharsets.UTF_8));
        approvals.decide(second, "suzuki", true, null, "test");
        publishing.publish(second);
        assertThat(api().post("/rounds", Map.of("name", "2025年度第1回", "items", List.of(Map.of("dataset", DATASET,
                "collectOn", "2025-05-01", "publishBy", "2025-05-20"))), "kato", "operator").status()).isEqualTo(201);
    }

    private RunId runToApproval(String name, byte[] file) throws IOException {
        Run run = pipeline.start(DATASET, null, name, null, "kato", true);
        raw.put("inbox/vendor-visitors/" + name + ".csv", new ByteArrayInputStream(file));
        for (Chunk chunk : pipeline.collect(run.id(), "inbox/vendor-visitors/" + name + ".csv")) {
            pipeline.processChunk(run.id(), chunk, null);
        }
        pipeline.complete(run.id());
        approvals.awaiting(run.id(), "token-" + name);
        return run.id();
    }

    private Api api() {
        return new Api(http);
    }

    private JsonNode get(String uri) {
        Api.Answer answer = api().get(uri, "sato", "viewer");
        assertThat(answer.status()).as(uri).isEqualTo(200);
        return answer.body();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void updateLog_entry() {
        JsonNode page = get("/pipeline/update-log");
        JsonNode entry = page.get("items").get(0);

        assertThat(fields(page)).containsExactly("items", "nextCursor");
        assertThat(fields(entry)).containsExactly("id", "at", "kind", "datasetId", "name", "version", "observations",
                "referenceDate", "approvedBy", "roundId", "runId", "note");
        assertThat(entry.get("id").isIntegralNumber()).isTrue();
        assertThat(entry.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(entry.get("kind").asText()).isEqualTo("PUBLISH");
        assertThat(entry.get("datasetId").asText()).isEqualTo(DATASET);
        assertThat(entry.get("name").asText()).isEqualTo("来訪者数");
        assertThat(entry.get("version").asInt()).as("newest first").isEqualTo(2);
        assertThat(entry.get("observations").asLong()).isEqualTo(47 * 12);
        assertThat(entry.get("referenceDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(entry.get("approvedBy").asText()).isEqualTo("suzuki");
        assertThat(entry.get("roundId").isNull()).isTrue();
        assertThat(entry.get("runId").asLong()).isEqualTo(second.value());
        assertThat(entry.get("note").isNull()).isTrue();
    }

    @Test
    void sources_entry() {
        JsonNode entry = get("/pipeline/sources").get("items").get(0);

        assertThat(fields(entry)).containsExactly("datasetId", "name", "publisher", "sourceKind", "sourceRef", "licence",
                "fetchedAt", "sha256", "version", "referenceDate");
        assertThat(entry.get("datasetId").asText()).isEqualTo(DATASET);
        assertThat(entry.get("sourceKind").asText()).isEqualTo("S3_INBOX");
        assertThat(entry.get("fetchedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(entry.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(entry.get("version").asInt()).as("the current version's").isEqualTo(2);
        assertThat(entry.get("referenceDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void versions_entry() {
        JsonNode items = get("/datasets/" + DATASET + "/versions").get("items");

        assertThat(items).hasSize(2);
        JsonNode latest = items.get(0);
        assertThat(fields(latest)).containsExactly("number", "versionId", "status", "observations", "referenceDate",
                "specVersion", "createdAt", "publishedAt", "runId", "current");
        assertThat(latest.get("number").asInt()).isEqualTo(2);
        assertThat(latest.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(latest.get("observations").asLong()).isEqualTo(47 * 12);
        assertThat(latest.get("runId").asLong()).isEqualTo(second.value());
        assertThat(latest.get("current").asBoolean()).isTrue();
        assertThat(items.get(1).get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(items.get(1).get("current").asBoolean()).isFalse();
    }

    @Test
    void diff_againstThePreviousVersion_andOfTheFirst() {
        JsonNode diff = get("/datasets/" + DATASET + "/versions/2/diff");

        assertThat(fields(diff)).containsExactly("number", "previous", "added", "removed", "changed");
        assertThat(diff.get("previous").asInt()).isEqualTo(1);
        assertThat(diff.get("added").asLong()).isZero();
        assertThat(diff.get("removed").asLong()).isZero();
        assertThat(diff.get("changed").asLong()).isEqualTo(1);

        JsonNode first = get("/datasets/" + DATASET + "/versions/1/diff");
        assertThat(fields(first)).as("the same fields for the first version").containsExactly("number", "previous",
                "added", "removed", "changed");
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("added").asLong()).isEqualTo(47 * 12);
        assertThat(first.get("removed").isNull()).as("nothing to compare: not zero").isTrue();
        assertThat(first.get("changed").isNull()).isTrue();
    }

    @Test
    void rounds_entry_withItsItems() {
        JsonNode round = get("/rounds").get("items").get(0);

        assertThat(fields(round)).containsExactly("id", "name", "status", "plannedBy", "approvedBy", "approvedAt", "items");
        assertThat(round.get("name").asText()).isEqualTo("2025年度第1回");
        assertThat(round.get("status").asText()).isEqualTo("DRAFT");
        assertThat(round.get("plannedBy").asText()).isEqualTo("kato");
        assertThat(round.get("approvedBy").isNull()).isTrue();
        JsonNode item = round.get("items").get(0);
        assertThat(fields(item)).containsExactly("dataset", "collectOn", "publishBy", "status", "publishedOn", "slipped");
        assertThat(item.get("dataset").asText()).isEqualTo(DATASET);
        assertThat(item.get("collectOn").asText()).isEqualTo("2025-05-01");
        assertThat(item.get("status").asText()).isEqualTo("PLANNED");
        assertThat(item.get("publishedOn").isNull()).isTrue();
        assertThat(item.get("slipped").isBoolean()).isTrue();
    }

    @Test
    void runDetail_report_isTheValidationReport() {
        JsonNode detail = get("/pipeline/runs/" + second.value());

        assertThat(fields(detail)).containsExactly("run", "steps", "report");
        JsonNode report = detail.get("report");
        assertThat(fields(report)).containsExactly("dataset", "file", "rows", "observations", "errors", "warnings",
                "byRule", "findings", "summary");
        assertThat(report.get("dataset").asText()).isEqualTo(DATASET);
        assertThat(report.get("observations").asLong()).isEqualTo(47 * 12);
        assertThat(report.get("errors").asLong()).isZero();
        assertThat(report.at("/summary/observations").asLong()).isEqualTo(47 * 12);
    }
}
