package jp.resas.ops.pipeline;

/** The approver's decision on a run, with a token to pass it on when a state machine is waiting. */
public record Decision(RunId run, boolean approved, String comment, String taskToken) {
}
