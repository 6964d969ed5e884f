package jp.resas.ops.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.VersionStatus;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.Finding;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.dataset.spec.ProcessingSpec;

/**
 * The validate step: merges the chunks' reports, finds duplicate keys, measures drift; a passing version
 * is staged with its digest (what an approval binds). Only the run's current version, and only once every
 * chunk its collection planned has loaded.
 */
public final class CompletingValidation {

    private final RunRecords runs;
    private final Staging staging;
    private final ProcessingSpecs specs;
    private final Clock clock;

    public CompletingValidation(RunRecords runs, Staging staging, ProcessingSpecs specs, Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.specs = specs;
        this.clock = clock;
    }

    /** {@code expected}: the version the execution collected (null: the run's current one). */
    public ValidationReport complete(RunId id, VersionId expected) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        if (run.status().finished() || run.versionId() == null) {
            throw new IllegalStateException("run " + id.value() + " is " + run.status() + " without a version to validate");
        }
        VersionId version = run.versionId();
        if (expected != null && !expected.equals(version)) {
            throw new StaleCollectionException("version " + expected.value() + " is no longer run " + id.value()
                    + "'s version (" + version.value() + "): it was collected again");
        }
        VersionState state = staging.lock(version).orElseThrow();
        if (state.status() != VersionStatus.LOADING) {
            throw new IllegalStateException("version " + version.value() + " is " + state.status() + ", not loading");
        }
        List<Integer> loaded = runs.chunkNumbers(version);
        int planned = state.planned();
        if (loaded.size() != planned || (planned > 0 && loaded.get(planned - 1) != planned - 1)) {
            throw new IllegalStateException("Pipeline.ChunksMissing: version " + version.value() + " has " + loaded.size()
                    + " of its " + planned + " chunk(s) loaded");
        }
        ProcessingSpec spec = specs.require(run.dataset());
        String file = "raw/" + run.dataset() + "/run-" + id.value() + "/v" + version.value();
        List<Finding> duplicates = staging.duplicates(version, file, String.join(",", spec.keys()));
        ValidationReport report = DatasetProcessor.complete(spec, file, runs.chunkOutcomes(version),
                runs.publishedSummary(run.dataset()), duplicates);
        runs.report(id, report);
        if (report.passed()) {
            String digest = new VersionDigest(version.value(), runs.sources(version).orElse(""), planned,
                    report.observations()).value();
            staging.staged(version, report.observations(), report.summary(), digest);
        }
        runs.step(id, "validate", report.passed() ? StepStatus.SUCCEEDED : StepStatus.FAILED, clock.instant(),
                Map.of("errors", report.errors(), "warnings", report.warnings(), "observations", report.observations(),
                        "versionId", version.value()));
        return report;
    }
}
