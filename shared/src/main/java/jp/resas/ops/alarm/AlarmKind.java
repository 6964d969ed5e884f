package jp.resas.ops.alarm;

/** What an alarm watches; kept for the incident's context, it does not change the intake rules. */
public enum AlarmKind {
    METRIC,
    METRIC_MATH,
    ANOMALY_DETECTION,
    COMPOSITE
}
