package jp.resas.ops.pipeline.web;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.pipeline.ExecutionStarter;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.ExecutionRelay;
import jp.resas.ops.pipeline.infrastructure.FailureService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;

/** Turns API requests into pipeline commands: checks the body, then one service call each. */
@Singleton
class PipelineCommands {

    private final PipelineService pipeline;
    private final ApprovalService approvals;
    private final FailureService failures;
    private final ExecutionRelay executions;

    PipelineCommands(PipelineService pipeline, ApprovalService approvals, FailureService failures, ExecutionRelay executions) {
        this.pipeline = pipeline;
        this.approvals = approvals;
        this.failures = failures;
        this.executions = executions;
    }

    static final String START_FAILED = "Pipeline.StartFailed";

    /** The run, and whether its execution started now or had been started before (a double start). */
    record Started(Run run, ExecutionStarter.Outcome execution) {
    }

    Started start(StartRunRequest body, Actor actor) {
        if (body == null || body.dataset() == null || body.dataset().isBlank()) {
            throw new InvalidInputException("dataset", "データセットIDを指定してください。");
        }
        LocalDate reference;
        try {
            reference = jp.resas.ops.common.SaneDates.date("referenceDate",
                    body.referenceDate() == null ? null : LocalDate.parse(body.referenceDate()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("referenceDate", "基準日は YYYY-MM-DD で指定してください。");
        }
        String name = PipelineService.executionName(body.dataset(), body.roundId(), String.valueOf(System.currentTimeMillis()));
        Run run = pipeline.start(body.dataset(), body.roundId(), name, reference, actor.name(),
                Boolean.TRUE.equals(body.outOfRound()));
        try {
            return new Started(run, executions.start(run, body.inboxKey()));
        } catch (RuntimeException e) {
            if (run.roundId() == null) {
                // Nothing will ever execute this manual run (a new request makes a new one): close it as failed.
                failures.fail(run.id(), START_FAILED, e.getMessage());
            }
            throw e;
        }
    }

    Run stillReviewing(RunId id, Actor actor) {
        return approvals.stillReviewing(id, actor.name(), actor.source());
    }

    Run decide(RunId id, boolean approve, String comment, Actor actor) {
        Run run = approvals.decide(id, actor.name(), approve, comment, actor.source());
        if (!approve && run.versionId() != null) {
            // With no execution waiting in this process, the rejection still discards the staged version now.
            failures.fail(id, FailureService.REJECTED, comment);
        }
        return run;
    }
}
