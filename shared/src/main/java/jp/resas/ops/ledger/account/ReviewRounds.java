package jp.resas.ops.ledger.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The review rounds, their items and every decision ever taken in them (port). */
public interface ReviewRounds {

    long insertRound(String title, String startedBy, Instant startedAt, int slaBusinessHours, Instant dueAt);

    void insertItem(long roundId, long accountId, List<AccountFlag> flags, Instant dueAt);

    Optional<ReviewRound> find(long roundId);

    Optional<ReviewRound> lock(long roundId);

    /** Newest first; {@code afterId} the last id of the previous page. */
    List<ReviewRound> list(Optional<Long> afterId, int limit);

    /** Flagged first, then by due time and account. */
    List<ReviewItem> items(long roundId);

    Optional<ReviewItem> lockItem(long roundId, long itemId);

    void decide(long itemId, Decision decision, String note, String by, Instant at);

    /** Everyone who ever took or changed a decision in the round (kept even when another changed it later). */
    Set<String> deciders(long roundId);

    void complete(long roundId, String by, Instant at);
}
