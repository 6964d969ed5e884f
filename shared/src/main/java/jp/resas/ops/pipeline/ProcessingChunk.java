package jp.resas.ops.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.VersionStatus;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.ProcessingContext;
import jp.resas.ops.dataset.read.CsvRecordSource;
import jp.resas.ops.dataset.read.RecordSource;
import jp.resas.ops.dataset.read.SourceFormatException;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.municipality.MunicipalityRegister;

/**
 * The process step, one chunk (one Map item): loads the chunk into the version its raw object was
 * collected into, which must still be the run's version and still loading. A chunk of an earlier
 * collection is refused ({@link StaleCollectionException}), never mixed into a newer version. The step
 * finishes when every planned chunk has.
 */
public final class ProcessingChunk {

    private final RunRecords runs;
    private final Staging staging;
    private final ProcessingSpecs specs;
    private final MunicipalityRegister register;
    private final RawStore raw;
    private final Clock clock;

    public ProcessingChunk(RunRecords runs, Staging staging, ProcessingSpecs specs, MunicipalityRegister register,
            RawStore raw, Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.specs = specs;
        this.register = register;
        this.raw = raw;
        this.clock = clock;
    }

    public Map<String, Object> process(RunId id, Chunk chunk, ProcessingContext.Progress progress) {
        Run run = runs.find(id).orElseThrow(id::notFound).unfinished();
        VersionId version = runs.versionOf(id, chunk.key()).orElseThrow(() -> new StaleCollectionException(
                "chunk " + chunk.index() + " (" + chunk.key() + ") was not collected by run " + id.value()));
        VersionState state = staging.lockShared(version).orElseThrow();
        Run current = runs.find(id).orElseThrow(id::notFound);
        if (state.status() != VersionStatus.LOADING || !version.equals(current.versionId())) {
            throw new StaleCollectionException("chunk " + chunk.index() + " belongs to version " + version.value() + " ("
                    + state.status() + "), not to run " + id.value() + "'s version " + number(current.versionId())
                    + ": not loaded");
        }
        if (state.chunks() == null || chunk.index() < 0 || chunk.index() >= state.chunks()) {
            throw new StaleCollectionException("chunk " + chunk.index() + " is not one of the " + state.chunks()
                    + " chunk(s) version " + version.value() + " planned");
        }
        ProcessingSpec spec = specs.require(run.dataset());
        ProcessingContext context = new ProcessingContext(run.referenceDate(), register, progress);
        DatasetProcessor.ChunkOutcome outcome = staging.load(version, chunk.index(), sink -> {
            try (RecordSource source = open(spec, chunk)) {
                return new DatasetProcessor().process(source, chunk.key(), spec, context, sink);
            } catch (SourceFormatException e) {
                return DatasetProcessor.unreadable(spec, chunk.key(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + chunk.key() + " failed: " + RootCause.of(e), e);
            }
        });
        runs.chunk(id, version, chunk.index(), outcome);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("chunk", chunk.index());
        result.put("rows", outcome.report().rows());
        result.put("errors", outcome.report().errors());
        runs.processProgress(id, version, state.chunks(), clock.instant());
        return result;
    }

    private static Object number(VersionId version) {
        return version == null ? null : version.value();
    }

    private RecordSource open(ProcessingSpec spec, Chunk chunk) throws IOException, SourceFormatException {
        if (chunk.whole() || chunk.offset() == 0) {
            InputStream in = chunk.whole() ? raw.open(chunk.key()) : raw.open(chunk.key(), 0, chunk.length());
            return DatasetProcessor.open(in, spec, chunk.firstLine());
        }
        return CsvRecordSource.openChunk(raw.open(chunk.key()), raw.open(chunk.key(), chunk.offset(), chunk.length()),
                chunk.firstLine(), spec.source());
    }
}
