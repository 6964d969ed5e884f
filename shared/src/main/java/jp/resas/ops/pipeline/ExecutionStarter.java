package jp.resas.ops.pipeline;

/**
 * Port: starts the data-update execution of a run, named by the run's execution name (round and dataset),
 * so starting the same update twice starts nothing new. Step Functions in AWS; the in-process runner on
 * one machine.
 */
@FunctionalInterface
public interface ExecutionStarter {

    /** What became of a start. */
    enum Outcome {
        STARTED,
        /** An execution of that name exists already (a double start): harmless, nothing new started. */
        ALREADY_STARTED,
        /** Nothing runs executions in this process: the run waits for one started elsewhere. */
        NOT_CONNECTED
    }

    Outcome start(Run run, String inboxKey);

    ExecutionStarter NOT_CONNECTED = (run, inboxKey) -> Outcome.NOT_CONNECTED;
}
