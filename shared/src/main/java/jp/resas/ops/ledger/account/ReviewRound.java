package jp.resas.ops.ledger.account;

import java.time.Instant;

/**
 * A review round (棚卸し): its title (quarter), who started it and when, the business hours each account
 * has for its decision (the flagged ones half of them), when it is due, and who completed it.
 */
public record ReviewRound(long id, String title, String startedBy, Instant startedAt, int slaBusinessHours,
        Instant dueAt, RoundStatus status, String completedBy, Instant completedAt, int accounts, int decided,
        long version) {

    /** Whether a round takes decisions or is closed. */
    public enum RoundStatus {
        OPEN, COMPLETED
    }
}
