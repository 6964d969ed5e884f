package jp.resas.ops.notification;

/** Which half of the rota answers: government business hours, or the rest of the day and night. */
public enum Shift {
    BUSINESS_HOURS,
    AFTER_HOURS
}
