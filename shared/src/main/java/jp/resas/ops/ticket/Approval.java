package jp.resas.ops.ticket;

import java.time.Instant;

/** An approver's decision on a ticket. */
public record Approval(Decision decision, String approver, Instant at, String comment) {

    public enum Decision {
        APPROVED,
        REJECTED
    }
}
