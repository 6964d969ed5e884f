package jp.resas.ops.sfn.internal.engine;

/** The machine's own {@code TimeoutSeconds} passed: the execution ends TIMED_OUT, not FAILED. */
public final class ExecutionTimedOut extends RuntimeException {

    public ExecutionTimedOut() {
        super("The execution exceeded the state machine's TimeoutSeconds", null, false, false);
    }
}
