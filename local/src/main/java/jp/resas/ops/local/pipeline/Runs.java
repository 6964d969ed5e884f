package jp.resas.ops.local.pipeline;

import java.io.PrintWriter;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.pipeline.RunRecords;

/** Prints a run's state and steps for the CLI. */
final class Runs {

    private Runs() {
    }

    /** @return false when the run failed or was rejected */
    static boolean print(PrintWriter out, RunRecords runs, RunId id) {
        Run run = runs.find(id).orElseThrow();
        out.printf("run %d: %s (dataset %s, version %s)%n", id.value(), run.status(), run.dataset(), run.versionId());
        runs.steps(id).forEach(step -> out.printf("  %-10s %-9s %s%n", step.step(), step.status(), step.detail()));
        if (run.failureReason() != null) {
            out.printf("  reason: %s%n", run.failureReason());
        }
        if (run.incidentId() != null) {
            out.printf("  incident: %d%n", run.incidentId());
        }
        if (run.status() == RunStatus.AWAITING_APPROVAL) {
            out.printf("Approve with: resas-ops pipeline approve %d --token \"$(resas-ops token --user <approver> --groups approver)\"%n",
                    id.value());
        }
        out.flush();
        return run.status() != RunStatus.FAILED && run.status() != RunStatus.REJECTED;
    }
}
