package jp.resas.ops.sfn;

/**
 * An error as Step Functions names it: an error name ({@code States.Timeout}, {@code Lambda.Unknown},
 * a handler's exception type…) and an optional cause. Integrations throw it to fail a Task.
 */
public final class StatesError extends RuntimeException {

    public static final String ALL = "States.ALL";
    public static final String RUNTIME = "States.Runtime";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String TIMEOUT = "States.Timeout";
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    public static final String BRANCH_FAILED = "States.BranchFailed";
    public static final String PERMISSIONS = "States.Permissions";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

    private final String error;
    private final String errorCause;

    public StatesError(String error, String cause) {
        super(error + (cause == null ? "" : ": " + cause), null, false, false);
        this.error = error;
        this.errorCause = cause;
    }

    public String error() {
        return error;
    }

    /** The cause text, or null when the error has none. */
    public String cause() {
        return errorCause;
    }

    /** Whether a Retry or Catch entry naming {@code name} handles this error. */
    public boolean matches(String name) {
        if (RUNTIME.equals(error)) {
            return false; // the service never retries or catches States.Runtime
        }
        return name.equals(ALL) || name.equals(error) || (name.equals(TASK_FAILED) && !TIMEOUT.equals(error));
    }
}
