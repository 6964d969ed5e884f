package jp.resas.ops.sfn;

/** The statuses of an execution, as DescribeExecution reports them. */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
}
