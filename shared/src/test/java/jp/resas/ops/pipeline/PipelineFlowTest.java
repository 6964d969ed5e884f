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
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.FailureService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.infrastructure.PublishService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The business steps against PostgreSQL, in the order the state machine runs them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineFlowTest implements TestPropertyProvider {

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
    jp.resas.ops.dataset.infrastructure.VersionQueries versions;
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

    @BeforeAll
    void registerDataset() {
        catalog.save(new Dataset(new DatasetId(DATASET), "来訪者数", "民間", SourceKind.S3_INBOX, "inbox/vendor-visitors/",
                "四半期", null, List.of("観光マップ"), "契約", "x@example.jp"), "kato", "test");
    }

    private RunId runToApproval(String name, byte[] file) throws IOException {
        return runToApproval(name, file, List.of());
    }

    /** {@code rules}: the findings the validation should report (warnings that do not stop the run). */
    private RunId runToApproval(String name, byte[] file, List<String> rules) throws IOException {
        Run run = pipeline.start(DATASET, null, name, null, "kato", true);
        raw.put("inbox/vendor-visitors/" + name + ".csv", new ByteArrayInputStream(file));
        for (Chunk chunk : pipeline.collect(run.id(), "inbox/vendor-visitors/" + name + ".csv")) {
            pipeline.processChunk(run.id(), chunk, null);
        }
        ValidationReport report = pipeline.complete(run.id());
        assertThat(report.findings()).extracting(f -> f.rule()).containsExactlyElementsOf(rules);
        approvals.awaiting(run.id(), "token-" + name);
        return run.id();
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            return in.readAllBytes();
        }
    }

    private long published() {
        return sql.queryOne("SELECT count(*) FROM published_observation WHERE dataset_id = ?", row -> row.getLong(1), DATASET)
                .orElseThrow();
    }

    @Test
    void approvedRun_isPublishedAtomically_andRecordedInTheLogAndSourceList_thenRolledBack() throws IOException {
        RunId first = runToApproval("first", sample());
        assertThat(published()).isZero();
        assertThatThrownBy(() -> approvals.decide(first, "kato", true, "ok", "test"))
                .isInstanceOf(jp.resas.ops.common.ForbiddenActionException.class).hasMessageContaining("自分が開始した");
        approvals.decide(first, "suzuki", true, "確認しました", "test");
        VersionId v1 = publishing.publish(first);
        assertThat(publishing.publish(first)).isEqualTo(v1);
        assertThat(published()).isEqualTo(47 * 12);

        // Okinawa's January ×1000: one observation changed, and the month's total far beyond the 20 % drift tolerance.
        String okinawa = "\n47,沖縄県,5466296,";
        String sample = new String(sample(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sample).contains(okinawa);
        byte[] changed = sample.replace(okinawa, "\n47,沖縄県,5466296000,").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RunId second = runToApproval("second", changed, List.of("value-drift"));
        approvals.decide(second, "suzuki", true, null, "test");
        VersionId v2 = publishing.publish(second);
        int number = sql.queryOne("SELECT number FROM dataset_version WHERE id = ?", row -> row.getInt(1), v2.value()).orElseThrow();
        assertThat(versions.diff(new jp.resas.ops.dataset.DatasetId(DATASET), number))
                .isEqualTo(new jp.resas.ops.dataset.VersionDiff(number, number - 1, 0L, 0L, 1L));
        assertThat(sql.queryOne("SELECT version_id FROM dataset_current WHERE dataset_id = ?", row -> row.getLong(1), DATASET))
                .contains(v2.value());
        assertThat(sql.queryOne("SELECT count(*) FROM data_update_log WHERE dataset_id = ? AND kind = 'PUBLISH'",
                row -> row.getLong(1), DATASET)).contains(2L);
        assertThat(sql.queryOne("SELECT sha256 FROM data_source WHERE version_id = ?", row -> row.getString(1), v1.value()))
                .get().asString().hasSize(64);

        assertThat(publishing.rollback(new DatasetId(DATASET), "suzuki", "誤り", "test")).isEqualTo(v1);
        assertThat(sql.queryOne("SELECT version_id FROM dataset_current WHERE dataset_id = ?", row -> row.getLong(1), DATASET))
                .contains(v1.value());
        assertThat(published()).isEqualTo(47 * 12);
    }

    @Test
    void failedValidation_publishesNothing_discardsTheVersion_andRaisesAPipelineIncident() throws IOException {
        Run run = pipeline.start(DATASET, null, "bad", null, "kato", true);
        raw.put("inbox/vendor-visitors/bad.csv", new ByteArrayInputStream(
                "都道府県コード,都道府県名\n13,東京都\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (Chunk chunk : pipeline.collect(run.id(), "inbox/vendor-visitors/bad.csv")) {
            pipeline.processChunk(run.id(), chunk, null);
        }
        ValidationReport report = pipeline.complete(run.id());
        assertThat(report.passed()).isFalse();
        assertThat(report.byRule()).containsKey("missing-column");

        Run failed = failures.fail(run.id(), "Pipeline.ValidationFailed", "12 errors");
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(sql.queryOne("SELECT source FROM incident WHERE id = ?", row -> row.getString(1), failed.incidentId()))
                .contains("PIPELINE");
        assertThat(sql.queryOne("SELECT status FROM dataset_version WHERE run_id = ?", row -> row.getString(1), run.id().value()))
                .contains("DISCARDED");
        assertThat(failures.fail(run.id(), "again", "x").incidentId()).isEqualTo(failed.incidentId());
    }

    @Test
    void duplicateKeys_areFoundByTheStore_naming_theRepeatedLine() throws IOException {
        Run run = pipeline.start(DATASET, null, "dup", null, "kato", true);
        String row = "13,東京都" + ",1".repeat(12) + "\n";
        String header = new String(sample(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow() + "\n";
        raw.put("inbox/vendor-visitors/dup.csv", new ByteArrayInputStream((header + row + row)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (Chunk chunk : pipeline.collect(run.id(), "inbox/vendor-visitors/dup.csv")) {
            pipeline.processChunk(run.id(), chunk, null);
        }
        ValidationReport report = pipeline.complete(run.id());
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("unique-key")).hasSize(12)
                .allMatch(f -> f.line() == 3 && f.message().contains("2 行目と重複"));
        failures.fail(run.id(), "Pipeline.ValidationFailed", "duplicates");
    }
}
