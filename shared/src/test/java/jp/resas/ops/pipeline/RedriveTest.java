package jp.resas.ops.pipeline;

import jp.resas.ops.dataset.VersionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.FailureService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.infrastructure.PublishService;
import jp.resas.ops.pipeline.infrastructure.RedriveService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11: a FAILED run can be redriven, and the critical rule keeps holding. The first execution is
 * "killed" at a step (it fails there and RecordFailure runs, as the state machine does); the run is
 * redriven; whatever the redriven execution tries at the failed step finds the version discarded and the
 * approval void; it collects again (a smaller file) into a new version, which publishes only after a new
 * approval, and exactly the new file.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedriveTest implements TestPropertyProvider {

    private static final String DATASET = "vendor-visitors";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    CatalogService catalog;
    @Inject
    PipelineService pipeline;
    @Inject
    ApprovalService approvals;
    @Inject
    PublishService publishing;
    @Inject
    FailureService failures;
    @Inject
    RedriveService redrives;
    @Inject
    RawStore raw;
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
        properties.put("resas.pipeline.chunk-bytes", "1500");
        return properties;
    }

    @BeforeAll
    void registerDataset() {
        catalog.save(new Dataset(new DatasetId(DATASET), "来訪者数", "民間", SourceKind.S3_INBOX, "inbox/vendor-visitors/",
                "四半期", null, List.of("観光マップ"), "契約", "x@example.jp"), "kato", "test");
    }

    private static byte[] full() throws IOException {
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            return in.readAllBytes();
        }
    }

    private static byte[] firstRows(int rows) throws IOException {
        return new String(full(), StandardCharsets.UTF_8).lines().limit(rows + 1L).map(line -> line + "\n")
                .collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }

    private String inbox(String name, byte[] content) throws IOException {
        String key = "inbox/vendor-visitors/" + name + ".csv";
        raw.put(key, new ByteArrayInputStream(content));
        return key;
    }

    private String column(RunId id, String expression) {
        return sql.queryOne("SELECT " + expression + " FROM pipeline_run WHERE id = ?", row -> row.getString(1), id.value())
                .orElse(null);
    }

    private Long current() {
        return sql.queryOne("SELECT version_id FROM dataset_current WHERE dataset_id = ?", row -> row.getLong(1), DATASET)
                .orElse(null);
    }

    private int send(MutableHttpRequest<?> request, String user, String group) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(TestPlatform.token(user, group)), JsonNode.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** Where the first execution failed. */
    enum FailedAt { COLLECT, CHUNK, VALIDATION, APPROVAL_TIMEOUT, PUBLISH_AFTER_APPROVAL }

    @ParameterizedTest
    @EnumSource(FailedAt.class)
    void failedAnywhere_thenRedriven_collectsAgain_andPublishesOnlyTheNewFile_afterANewApproval(FailedAt failed) throws Exception {
        String name = "out-of-round-redrive-" + failed.ordinal() + "-" + DATASET;
        Run run = pipeline.start(DATASET, null, name, null, "kato", true);
        RunId id = run.id();
        CollectingRun.Collected first = null;
        String error = "States.TaskFailed";
        if (failed != FailedAt.COLLECT) {
            first = pipeline.collect(id, inbox(name + "-big", full()), name);
            assertThat(first.chunks()).hasSizeGreaterThanOrEqualTo(3);
            pipeline.processChunk(id, first.chunks().get(0), null);
        }
        if (failed.compareTo(FailedAt.VALIDATION) >= 0) {
            first.chunks().stream().skip(1).forEach(chunk -> pipeline.processChunk(id, chunk, null));
            assertThat(pipeline.complete(id, first.version()).passed()).isTrue();
        }
        if (failed.compareTo(FailedAt.APPROVAL_TIMEOUT) >= 0) {
            approvals.awaiting(id, "token-" + failed, name);
            error = "States.Timeout";
        }
        if (failed == FailedAt.PUBLISH_AFTER_APPROVAL) {
            approvals.decide(id, "suzuki", true, "旧ファイルを承認", "test");
            error = "Pipeline.PublishFailed";
        }
        Long publishedBefore = current();
        failures.fail(id, error, "killed at " + failed, name);
        assertThat(column(id, "status")).isEqualTo("FAILED");
        assertThat(column(id, "incident_id")).isNotNull();

        Run reopened = redrives.redrive(id, "ito", "ディスクを空けたので再実行", "test");

        assertThat(reopened.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(column(id, "(failure_reason IS NULL AND finished_at IS NULL AND decided_by IS NULL "
                + "AND decided_version_id IS NULL AND task_token IS NULL)::text")).isEqualTo("true");
        assertThat(sql.queryOne("SELECT detail->>'previousReason' FROM pipeline_step WHERE run_id = ? AND step = 'redrive'",
                row -> row.getString(1), id.value())).hasValueSatisfying(reason -> assertThat(reason).contains("killed at " + failed));
        assertThat(sql.queryOne("SELECT actor FROM audit_log WHERE action = 'pipeline.run.redriven' AND target_id = ?",
                row -> row.getString(1), String.valueOf(id.value()))).contains("ito");
        // Step Functions resumes at the failed step: nothing of the failed version can go on or be published.
        assertThatThrownBy(() -> publishing.publish(id)).isInstanceOf(IllegalStateException.class);
        if (first != null) {
            for (Chunk stale : first.chunks()) {
                assertThatThrownBy(() -> pipeline.processChunk(id, stale, null)).isInstanceOf(StaleCollectionException.class);
            }
        }
        assertThat(current()).isEqualTo(publishedBefore);

        // The redriven execution collects again (a smaller file now) into a new version.
        byte[] small = firstRows(4);
        CollectingRun.Collected second = pipeline.collect(id, inbox(name + "-small", small), name + "-redriven");
        if (first != null) {
            assertThat(second.version()).isNotEqualTo(first.version());
        }
        second.chunks().forEach(chunk -> pipeline.processChunk(id, chunk, null));
        assertThat(pipeline.complete(id, second.version()).passed()).isTrue();
        approvals.awaiting(id, "token-new-" + failed, name + "-redriven");
        assertThatThrownBy(() -> publishing.publish(id)).isInstanceOf(IllegalStateException.class);
        assertThat(current()).isEqualTo(publishedBefore);

        approvals.decide(id, "suzuki", true, "再収集分を確認", "test");
        VersionId version = publishing.publish(id);
        assertThat(version).isEqualTo(second.version());
        assertThat(sql.queryOne("SELECT count(*) FROM observation WHERE version_id = ?", row -> row.getLong(1), version.value()))
                .contains(4L * 12);
        assertThat(sql.queryOne("SELECT sha256 FROM data_source WHERE version_id = ?", row -> row.getString(1), version.value()))
                .contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(small)));
        assertThat(sql.queryOne("SELECT approved_by || ':' || note FROM data_update_log WHERE run_id = ?",
                row -> row.getString(1), id.value())).contains("suzuki:再収集分を確認");
    }

    @Test
    void onlyAFailedRun_canBeRedriven_notARunningRejectedCancelledOrPublishedOne() throws Exception {
        Run running = pipeline.start(DATASET, null, "redrive-running", null, "kato", true);
        assertThatThrownBy(() -> redrives.redrive(running.id(), "ito", null, "test")).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("NOT_REDRIVABLE"));

        Run cancelled = pipeline.start(DATASET, null, "redrive-cancelled", null, "kato", true);
        failures.cancel(cancelled.id(), "ito", "誤って開始", "test");
        assertThatThrownBy(() -> redrives.redrive(cancelled.id(), "ito", null, "test")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("取り消されています");

        Run rejected = pipeline.start(DATASET, null, "redrive-rejected", null, "kato", true);
        failures.fail(rejected.id(), FailureService.REJECTED, "差し戻し", null);
        assertThat(column(rejected.id(), "status")).isEqualTo("REJECTED");
        assertThatThrownBy(() -> redrives.redrive(rejected.id(), "ito", null, "test")).isInstanceOf(ConflictException.class);
        assertThat(column(rejected.id(), "status")).isEqualTo("REJECTED");
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'pipeline.run.redriven' AND target_id IN (?, ?, ?)",
                row -> row.getLong(1), String.valueOf(running.id().value()), String.valueOf(cancelled.id().value()),
                String.valueOf(rejected.id().value()))).contains(0L);
    }

    @Test
    void api_letsOperatorsAndAdminsRedrive_notViewersOrApprovers_andAnswers404And409() throws Exception {
        Run run = pipeline.start(DATASET, null, "redrive-api", null, "kato", true);
        String uri = "/pipeline/runs/" + run.id().value() + "/redrive";
        assertThat(send(HttpRequest.POST(uri, Map.of()), "ito", "operator")).isEqualTo(409);
        failures.fail(run.id(), "States.TaskFailed", "killed", null);

        assertThat(send(HttpRequest.POST(uri, Map.of()), "sato", "viewer")).isEqualTo(403);
        assertThat(send(HttpRequest.POST(uri, Map.of()), "suzuki", "approver")).isEqualTo(403);
        assertThat(send(HttpRequest.POST(uri, Map.of("comment", "x", "approved", true)), "ito", "operator")).isEqualTo(400);
        assertThat(column(run.id(), "status")).isEqualTo("FAILED");
        assertThat(send(HttpRequest.POST("/pipeline/runs/999999/redrive", Map.of()), "ito", "operator")).isEqualTo(404);

        assertThat(send(HttpRequest.POST(uri, Map.of("comment", "再実行")), "ito", "operator")).isEqualTo(200);
        assertThat(column(run.id(), "status")).isEqualTo("RUNNING");
        assertThat(send(HttpRequest.POST(uri, Map.of()), "tanaka", "admin")).isEqualTo(409);
    }
}
