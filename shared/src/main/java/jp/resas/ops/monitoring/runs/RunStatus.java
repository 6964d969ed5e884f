package jp.resas.ops.monitoring.runs;

/** How a run ended: everything stored, some parts missing (named), or nothing stored. */
public enum RunStatus {
    SUCCEEDED,
    PARTIAL,
    FAILED
}
