package jp.resas.ops.ledger.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The accounts ledger (port; PostgreSQL in {@code infrastructure}). */
public interface Accounts {

    /** Adds or refreshes the account of {@code source}, {@code system} and {@code key}; answers its id. */
    long upsert(ObservedAccount account, Instant at);

    /** Marks GONE the ACTIVE accounts of the system not in {@code seen}; answers their keys. */
    List<String> markGone(AccountSource source, String system, List<String> seen, Instant at);

    Optional<Account> find(long id);

    /** Id order; {@code afterId} the last id of the previous page. */
    List<Account> list(AccountQuery query, Optional<Long> afterId, int limit);

    List<Account> active();
}
