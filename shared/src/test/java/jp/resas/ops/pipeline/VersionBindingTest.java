package jp.resas.ops.pipeline;

import jp.resas.ops.dataset.VersionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.pipeline.ApprovalMismatchException;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.FailureService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.infrastructure.PublishService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11's critical path on the real database: an approval binds one version's content, a run
 * collected again (a redrive, or a restart that starts the round's run again) gets a new version needing
 * a new approval, chunks of an earlier collection never reach a newer version, and publishing verifies
 * the approved digest. Each execution is named as the state machine names it, so an execution "killed"
 * at a step is simply one that never takes its next step.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionBindingTest implements TestPropertyProvider {

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
    FailureService failures;
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
        // Small chunks, so the full sample (47 prefectures) makes several and a 5-row file makes one.
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

    /** The header and the first {@code rows} prefectures of the sample. */
    private static byte[] firstRows(int rows) throws IOException {
        return new String(full(), StandardCharsets.UTF_8).lines().limit(rows + 1L).map(line -> line + "\n")
                .collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }

    private String inbox(String name, byte[] content) throws IOException {
        String key = "inbox/vendor-visitors/" + name + ".csv";
        raw.put(key, new ByteArrayInputStream(content));
        return key;
    }

    private long published() {
        return sql.queryOne("SELECT count(*) FROM published_observation WHERE dataset_id = ?", row -> row.getLong(1), DATASET)
                .orElseThrow();
    }

    private Long current() {
        return sql.queryOne("SELECT version_id FROM dataset_current WHERE dataset_id = ?", row -> row.getLong(1), DATASET)
                .orElse(null);
    }

    private String status(RunId id) {
        return sql.queryOne("SELECT status FROM pipeline_run WHERE id = ?", row -> row.getString(1), id.value()).orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Where the first execution is "killed": it never takes another step after this one. */
    enum KilledAfter { START, COLLECT, FIRST_CHUNK, ALL_CHUNKS, VALIDATE, AWAIT_APPROVAL, APPROVED }

    @ParameterizedTest
    @EnumSource(KilledAfter.class)
    void killedAnywhere_thenCollectedAgainWithASmallerFile_publishesOnlyTheNewFile_andOnlyAfterANewApproval(KilledAfter killed)
            throws Exception {
        String round = "round-" + killed.ordinal() + "-" + DATASET;
        Run run = pipeline.start(DATASET, null, round, null, "kato", true);
        RunId id = run.id();
        CollectingRun.Collected first = null;
        if (killed.compareTo(KilledAfter.COLLECT) >= 0) {
            first = pipeline.collect(id, inbox(round + "-big", full()), round);
            assertThat(first.chunks()).hasSizeGreaterThanOrEqualTo(3);
        }
        if (killed.compareTo(KilledAfter.FIRST_CHUNK) >= 0) {
            pipeline.processChunk(id, first.chunks().get(0), null);
        }
        if (killed.compareTo(KilledAfter.ALL_CHUNKS) >= 0) {
            first.chunks().stream().skip(1).forEach(chunk -> pipeline.processChunk(id, chunk, null));
        }
        if (killed.compareTo(KilledAfter.VALIDATE) >= 0) {
            assertThat(pipeline.complete(id, first.version()).passed()).isTrue();
        }
        if (killed.compareTo(KilledAfter.AWAIT_APPROVAL) >= 0) {
            approvals.awaiting(id, "token-old-" + killed, round);
        }
        if (killed == KilledAfter.APPROVED) {
            approvals.decide(id, "suzuki", true, "旧ファイルを承認", "test");
            assertThat(sql.queryOne("SELECT decided_version_id FROM pipeline_run WHERE id = ?", row -> row.getLong(1), id.value()))
                    .contains(first.version().value());
        }
        Long publishedBefore = current();

        // The restart: the round's run is started again (same run, same execution name) with a smaller file.
        byte[] small = firstRows(5);
        CollectingRun.Collected second = pipeline.collect(id, inbox(round + "-small", small), round + "-restarted");
        assertThat(second.chunks()).hasSize(1);
        assertThat(status(id)).isEqualTo("RUNNING");
        assertThat(sql.queryOne("SELECT decided_by IS NULL AND decided_version_id IS NULL AND task_token IS NULL FROM pipeline_run "
                + "WHERE id = ?", row -> row.getBoolean(1), id.value())).contains(true);
        assertThatThrownBy(() -> publishing.publish(id)).isInstanceOf(IllegalStateException.class);
        if (first != null) {
            assertThat(second.version()).isNotEqualTo(first.version());
            assertThat(sql.queryOne("SELECT status FROM dataset_version WHERE id = ?", row -> row.getString(1),
                    first.version().value())).contains("DISCARDED");
            // The old execution's chunks (any of them, also those beyond the new file's one chunk) are refused.
            for (Chunk stale : first.chunks()) {
                assertThatThrownBy(() -> pipeline.processChunk(id, stale, null)).isInstanceOf(StaleCollectionException.class);
            }
            CollectingRun.Collected old = first;
            assertThatThrownBy(() -> pipeline.complete(id, old.version())).isInstanceOf(StaleCollectionException.class);
        }
        // The superseded execution ending (timed out, or told it was superseded) changes nothing.
        failures.fail(id, "States.Timeout", "old execution", round);
        assertThat(status(id)).isEqualTo("RUNNING");

        pipeline.processChunk(id, second.chunks().get(0), null);
        assertThat(pipeline.complete(id, second.version()).passed()).isTrue();
        approvals.awaiting(id, "token-new-" + killed, round + "-restarted");
        assertThatThrownBy(() -> publishing.publish(id)).isInstanceOf(IllegalStateException.class);
        assertThat(current()).isEqualTo(publishedBefore);

        approvals.decide(id, "suzuki", true, "新ファイルを確認", "test");
        VersionId version = publishing.publish(id);
        assertThat(version).isEqualTo(second.version());
        assertThat(sql.queryOne("SELECT count(*) FROM published_observation WHERE dataset_id = ?", row -> row.getLong(1),
                DATASET)).contains(5L * 12);
        assertThat(sql.queryOne("SELECT sha256 FROM data_source WHERE version_id = ?", row -> row.getString(1), version.value()))
                .contains(sha256(small));
        assertThat(sql.queryOne("SELECT approved_by || ':' || note FROM data_update_log WHERE version_id = ?",
                row -> row.getString(1), version.value())).contains("suzuki:新ファイルを確認");
        assertThat(sql.queryOne("SELECT count(*) FROM observation WHERE version_id = ?", row -> row.getLong(1), version.value()))
                .contains(5L * 12);
    }

    @Test
    void contentChangedAfterTheApproval_isNotPublished() throws Exception {
        Run run = pipeline.start(DATASET, null, "tampered", null, "kato", true);
        CollectingRun.Collected collected = pipeline.collect(run.id(), inbox("tampered", firstRows(8)), "tampered");
        collected.chunks().forEach(chunk -> pipeline.processChunk(run.id(), chunk, null));
        pipeline.complete(run.id(), collected.version());
        approvals.awaiting(run.id(), "token-t", "tampered");
        approvals.decide(run.id(), "suzuki", true, null, "test");
        Long before = current();
        long version = collected.version().value();

        // One observation slipped into the approved version after the approval.
        sql.update("INSERT INTO observation_v" + version + " (version_id, chunk, line, area, period, category, measure, value, status) "
                + "VALUES (?, 0, 99, '47', '2024-01', '_', 'visitors', 1, 'V')", version);
        assertThatThrownBy(() -> publishing.publish(run.id())).isInstanceOf(ApprovalMismatchException.class)
                .hasMessageContaining("approved content");
        sql.update("DELETE FROM observation_v" + version + " WHERE line = 99");

        // The raw object's recorded checksum changed after the approval.
        sql.update("UPDATE raw_object SET sha256 = repeat('0', 64) WHERE version_id = ?", version);
        assertThatThrownBy(() -> publishing.publish(run.id())).isInstanceOf(ApprovalMismatchException.class);
        assertThat(current()).isEqualTo(before);
        assertThat(sql.queryOne("SELECT status FROM pipeline_run WHERE id = ?", row -> row.getString(1), run.id().value()))
                .contains("AWAITING_APPROVAL");
    }

    @Test
    void validationBeforeEveryPlannedChunkLoaded_isRefused() throws Exception {
        Run run = pipeline.start(DATASET, null, "partial", null, "kato", true);
        CollectingRun.Collected collected = pipeline.collect(run.id(), inbox("partial", full()), "partial");
        pipeline.processChunk(run.id(), collected.chunks().get(0), null);
        assertThatThrownBy(() -> pipeline.complete(run.id(), collected.version())).hasMessageContaining("Pipeline.ChunksMissing");
        Map<String, Object> detail = sql.queryOne("SELECT status, detail->>'done' AS done FROM pipeline_step WHERE run_id = ? "
                + "AND step = 'process'", row -> Map.<String, Object>of("status", row.getString(1), "done", row.getString(2)),
                run.id().value()).orElseThrow();
        assertThat(detail).containsEntry("status", "STARTED").containsEntry("done", "1");
        collected.chunks().stream().skip(1).forEach(chunk -> pipeline.processChunk(run.id(), chunk, null));
        assertThat(sql.queryOne("SELECT status || ':' || jsonb_array_length(detail->'perChunk') FROM pipeline_step "
                + "WHERE run_id = ? AND step = 'process'", row -> row.getString(1), run.id().value()))
                .contains("SUCCEEDED:" + collected.chunks().size());
        assertThat(pipeline.complete(run.id(), collected.version()).passed()).isTrue();
    }
}
