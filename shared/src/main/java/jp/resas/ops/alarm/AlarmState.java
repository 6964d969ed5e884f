package jp.resas.ops.alarm;

/** The three states a CloudWatch alarm can be in. */
public enum AlarmState {
    OK,
    ALARM,
    INSUFFICIENT_DATA
}
