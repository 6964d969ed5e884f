package jp.resas.ops.pipeline;

/**
 * Port: runs a failed run's data-update execution again. Step Functions' {@code RedriveExecution} in AWS
 * (the same execution, from the step that failed); on one machine the in-process runner starts the run's
 * execution again with the same input. Either way every step it reaches finds the run reopened and its
 * failed version discarded, so what it publishes is collected anew and needs a new approval.
 */
@FunctionalInterface
public interface ExecutionRedriver {

    /** What became of a redrive. */
    enum Outcome {
        REDRIVEN,
        /** Nothing runs executions in this process: the reopened run waits for an execution redriven elsewhere. */
        NOT_CONNECTED
    }

    /**
     * Redrives {@code execution}, the name of the execution that last drove {@code run}; {@code inboxKey} is
     * the inbox object it collected from (null when it collected from the dataset's source).
     */
    Outcome redrive(Run run, String execution, String inboxKey);

    ExecutionRedriver NOT_CONNECTED = (run, execution, inboxKey) -> Outcome.NOT_CONNECTED;
}
