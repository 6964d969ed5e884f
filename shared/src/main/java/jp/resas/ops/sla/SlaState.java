package jp.resas.ops.sla;

/** Where one SLA clock stands at an instant. */
public enum SlaState {
    /** Running, below the warning threshold. */
    OK,
    /** Running, past the warning threshold but before the target. */
    WARNING,
    /** The target has been reached without the fact (or the fact came late). */
    BREACHED,
    /** Stopped by a pause the policy honours. */
    PAUSED,
    /** The fact happened within the target. */
    MET
}
