package jp.resas.ops.pipeline.infrastructure;

import jp.resas.ops.pipeline.CollectingRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 11: a step that fails for lack of space ends the run with that root cause in its reason and in the
 * incident, not only the error of the state that caught it. The full disk is a write failure at the real
 * file-output boundary of the raw store (the JDK's {@link FileSystemException} with the OS's ENOSPC text,
 * after the bytes that still fit), which works as root and without mounting; the database is the real one.
 * A chunk failing inside the Map (its raw object gone from disk: a real I/O failure) is named by step and
 * chunk instead of the Map's {@code States.ExceedToleratedFailureThreshold}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullDiskTest implements TestPropertyProvider {

    private static final String DATASET = "vendor-visitors";
    /** Bytes the disk still takes; unlimited unless a test fills it. */
    static final AtomicLong FREE = new AtomicLong(Long.MAX_VALUE);
    private static Path rawDir;

    @Factory
    @Requires(property = "test.full-disk")
    static class FullDisk {

        @Singleton
        @Replaces(RawStore.class)
        RawStore raw() {
            return new DirectoryRawStore(rawDir, FullDiskTest::open);
        }
    }

    /** The file system's output stream, failing as write(2) does with ENOSPC once {@link #FREE} is used up. */
    static OutputStream open(Path file) throws IOException {
        return new FilterOutputStream(Files.newOutputStream(file)) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (FREE.addAndGet(-length) < 0) {
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
                out.write(bytes, offset, length);
            }
        };
    }

    @Inject
    CatalogService catalog;
    @Inject
    PipelineService pipeline;
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
            rawDir = Files.createTempDirectory("raw");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        properties.put("resas.pipeline.raw-dir", rawDir.toString());
        properties.put("resas.pipeline.chunk-bytes", "1500");
        properties.put("test.full-disk", "true");
        return properties;
    }

    @BeforeAll
    void registerDataset() {
        catalog.save(new Dataset(new DatasetId(DATASET), "来訪者数", "民間", SourceKind.S3_INBOX, "inbox/vendor-visitors/",
                "四半期", null, List.of("観光マップ"), "契約", "x@example.jp"), "kato", "test");
    }

    @AfterEach
    void freeTheDisk() {
        FREE.set(Long.MAX_VALUE);
    }

    private String inbox(String name) throws IOException {
        String key = "inbox/vendor-visitors/" + name + ".csv";
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            raw.put(key, new ByteArrayInputStream(in.readAllBytes()));
        }
        return key;
    }

    private String reason(RunId id) {
        return sql.queryOne("SELECT failure_reason FROM pipeline_run WHERE id = ?", row -> row.getString(1), id.value()).orElseThrow();
    }

    private String incidentTimeline(RunId id) {
        return sql.queryOne("""
                SELECT string_agg(t.message, ' | ') FROM pipeline_run r JOIN incident_timeline t ON t.incident_id = r.incident_id
                WHERE r.id = ?""", row -> row.getString(1), id.value()).orElse("");
    }

    private long updateLogEntries(RunId id) {
        return sql.queryOne("SELECT count(*) FROM data_update_log WHERE run_id = ?", row -> row.getLong(1), id.value()).orElseThrow();
    }

    @Test
    void diskFullWhileCollecting_namesNoSpaceLeft_inTheRunAndTheIncident_andLeavesNoTemporaryFile() throws IOException {
        String key = inbox("full-disk-collect");
        Run run = pipeline.start(DATASET, null, "full-disk-collect", null, "kato", true);
        FREE.set(2_000);

        Throwable failure = catchThrowable(() -> pipeline.collect(run.id(), key, "full-disk-collect"));

        assertThat(failure).hasMessageContaining("No space left on device");
        // What the Lambda reports to the state machine, and RecordFailure passes on: error type and message.
        failures.fail(run.id(), failure.getClass().getSimpleName(), failure.getMessage(), "full-disk-collect");
        assertThat(reason(run.id())).startsWith("UncheckedIOException: collecting vendor-visitors failed: ")
                .contains(".tmp: No space left on device");
        assertThat(incidentTimeline(run.id())).contains("No space left on device");
        assertThat(updateLogEntries(run.id())).isZero();
        try (Stream<Path> files = Files.walk(rawDir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void chunkFailingInTheMap_namesTheStepTheChunkAndItsRootCause_notOnlyTheThreshold() throws IOException {
        Run run = pipeline.start(DATASET, null, "chunk-fails", null, "kato", true);
        CollectingRun.Collected collected = pipeline.collect(run.id(), inbox("chunk-fails"), "chunk-fails");
        assertThat(collected.chunks()).hasSizeGreaterThanOrEqualTo(3);
        pipeline.processChunkRecordingFailure(run.id(), collected.chunks().get(0), null);
        Files.delete(rawDir.resolve(DirectoryRawStore.BUCKET).resolve(collected.chunks().get(1).key()));

        Throwable failure = catchThrowable(() -> pipeline.processChunkRecordingFailure(run.id(), collected.chunks().get(1), null));
        assertThat(failure).isNotNull();
        // The Map gives up (ToleratedFailureCount 0) with its own error, which is all RecordFailure receives.
        failures.fail(run.id(), "States.ExceedToleratedFailureThreshold",
                "The specified tolerated failure threshold was exceeded", "chunk-fails");

        assertThat(reason(run.id())).startsWith("process ステップのチャンク 1: ").contains("NoSuchFileException")
                .contains(collected.chunks().get(1).key()).endsWith("States.ExceedToleratedFailureThreshold: "
                        + "The specified tolerated failure threshold was exceeded");
        assertThat(incidentTimeline(run.id())).contains("チャンク 1: ").contains("NoSuchFileException");
        assertThat(sql.queryOne("SELECT status || ':' || jsonb_array_length(detail->'failed') FROM pipeline_step "
                + "WHERE run_id = ? AND step = 'process'", row -> row.getString(1), run.id().value())).contains("FAILED:1");
        assertThat(updateLogEntries(run.id())).isZero();
    }
}
