package jp.resas.ops.pipeline;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.ProcessingContext;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.municipality.MunicipalityRegister;

/**
 * A dry run: validates a file as a run would (duplicate keys and drift included) without recording
 * anything; the observations go to a scratch version that disappears with the transaction.
 */
public final class ValidatingFile {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private final RunRecords runs;
    private final Staging staging;
    private final ProcessingSpecs specs;
    private final MunicipalityRegister register;
    private final Clock clock;

    public ValidatingFile(RunRecords runs, Staging staging, ProcessingSpecs specs, MunicipalityRegister register,
            Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.specs = specs;
        this.register = register;
        this.clock = clock;
    }

    public ValidationReport validate(DatasetId dataset, InputStream file, String fileName, LocalDate referenceDate,
            ProcessingContext.Progress progress) {
        ProcessingSpec spec = specs.require(dataset);
        LocalDate reference = referenceDate != null ? referenceDate
                : spec.referenceDay().orElse(LocalDate.now(clock.withZone(JST)));
        ProcessingContext context = new ProcessingContext(reference, register, progress);
        VersionId scratch = staging.scratch();
        DatasetProcessor.ChunkOutcome outcome = staging.load(scratch, 0,
                sink -> new DatasetProcessor().process(file, fileName, spec, context, sink));
        return DatasetProcessor.complete(spec, fileName, List.of(outcome), runs.publishedSummary(dataset),
                staging.duplicates(scratch, fileName, String.join(",", spec.keys())));
    }
}
