package jp.resas.ops.sla;

/** How urgent a ticket is; each ticket type has a policy per priority. */
public enum Priority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
