package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.dataset.DatasetCatalog;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.PublishedVersions;
import jp.resas.ops.municipality.MunicipalityRegister;
import jp.resas.ops.pipeline.AwaitingApproval;
import jp.resas.ops.pipeline.CancellingRun;
import jp.resas.ops.pipeline.CollectingRun;
import jp.resas.ops.pipeline.CompletingValidation;
import jp.resas.ops.pipeline.DataUpdateIncidents;
import jp.resas.ops.pipeline.DecidingApproval;
import jp.resas.ops.pipeline.FailingRun;
import jp.resas.ops.pipeline.ProcessingChunk;
import jp.resas.ops.pipeline.PublishingVersion;
import jp.resas.ops.pipeline.RawCollector;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.RedrivingRun;
import jp.resas.ops.pipeline.Rounds;
import jp.resas.ops.pipeline.RunRecords;
import jp.resas.ops.pipeline.Staging;
import jp.resas.ops.pipeline.StartingRun;
import jp.resas.ops.pipeline.ValidatingFile;

/**
 * The pipeline's use cases, each given only the ports it uses. The decisions and redrives go through the
 * relays, which pass them to whatever runs the state machines in this process.
 */
@Factory
class PipelineUseCases {

    @Singleton
    StartingRun startingRun(DatasetCatalog catalog, ProcessingSpecs specs, Rounds rounds, RunRecords runs, AuditLog audit,
            Clock clock) {
        return new StartingRun(catalog, specs, rounds, runs, audit, clock);
    }

    @Singleton
    CollectingRun collectingRun(RunRecords runs, Staging staging, RawCollector collector, DatasetCatalog catalog,
            ProcessingSpecs specs, Rounds rounds, AuditLog audit, ApprovalRelay relay, Clock clock) {
        return new CollectingRun(runs, staging, collector, catalog, specs, rounds, audit, new BestEffortCallbacks(relay),
                clock);
    }

    @Singleton
    ProcessingChunk processingChunk(RunRecords runs, Staging staging, ProcessingSpecs specs, MunicipalityRegister register,
            RawStore raw, Clock clock) {
        return new ProcessingChunk(runs, staging, specs, register, raw, clock);
    }

    @Singleton
    CompletingValidation completingValidation(RunRecords runs, Staging staging, ProcessingSpecs specs, Clock clock) {
        return new CompletingValidation(runs, staging, specs, clock);
    }

    @Singleton
    ValidatingFile validatingFile(RunRecords runs, Staging staging, ProcessingSpecs specs, MunicipalityRegister register,
            Clock clock) {
        return new ValidatingFile(runs, staging, specs, register, clock);
    }

    @Singleton
    AwaitingApproval awaitingApproval(RunRecords runs, Staging staging, Rounds rounds, Clock clock) {
        return new AwaitingApproval(runs, staging, rounds, clock);
    }

    @Singleton
    DecidingApproval decidingApproval(RunRecords runs, Staging staging, AuditLog audit, ApprovalRelay relay, Clock clock) {
        return new DecidingApproval(runs, staging, audit, relay, clock);
    }

    @Singleton
    PublishingVersion publishingVersion(RunRecords runs, Staging staging, PublishedVersions versions, Rounds rounds,
            AuditLog audit, Clock clock) {
        return new PublishingVersion(runs, staging, versions, rounds, audit, clock);
    }

    @Singleton
    FailingRun failingRun(RunRecords runs, Staging staging, Rounds rounds, DataUpdateIncidents incidents, AuditLog audit,
            Clock clock) {
        return new FailingRun(runs, staging, rounds, incidents, audit, clock);
    }

    @Singleton
    CancellingRun cancellingRun(RunRecords runs, FailingRun failing, AuditLog audit, ApprovalRelay relay) {
        return new CancellingRun(runs, failing, audit, new BestEffortCallbacks(relay));
    }

    @Singleton
    RedrivingRun redrivingRun(RunRecords runs, Rounds rounds, DataUpdateIncidents incidents, AuditLog audit,
            RedriveRelay relay, Clock clock) {
        return new RedrivingRun(runs, rounds, incidents, audit, relay, clock);
    }
}
