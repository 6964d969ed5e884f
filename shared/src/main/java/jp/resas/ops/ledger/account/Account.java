package jp.resas.ops.ledger.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An account in the ledger: what its system last reported, whether it still does ({@code ACTIVE}/{@code GONE}). */
public record Account(long id, AccountSource source, String system, String key, String name, List<String> groups,
        Instant lastUsedAt, LocalDate createdOn, Boolean mfa, Integer keyAgeDays, String status, Instant seenAt,
        long version) {

    public Account {
        groups = List.copyOf(groups);
    }
}
