package jp.resas.ops.ledger.account;

import java.time.Instant;
import java.util.List;

/** One account in a round: its flags, due time, and the decision taken (null until decided). */
public record ReviewItem(long id, long roundId, Account account, List<AccountFlag> flags, Instant dueAt,
        Decision decision, String note, String decidedBy, Instant decidedAt, long version) {

    public ReviewItem {
        flags = List.copyOf(flags);
    }
}
