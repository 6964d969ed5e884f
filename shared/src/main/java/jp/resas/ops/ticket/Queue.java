package jp.resas.ops.ticket;

/** The work views across all open tickets and incidents. */
public enum Queue {
    /** Assigned to me, or raised by me. */
    MINE,
    /** Nobody works on it yet. */
    UNASSIGNED,
    /** An SLA clock runs out within the window asked for (business time), not yet breached. */
    DUE_SOON,
    /** An SLA clock has run out. */
    BREACHED
}
