package jp.resas.ops.local.sfn;

/** The statuses of an execution, as DescribeExecution reports them. */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
}
