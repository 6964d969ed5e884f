package jp.resas.ops.ledger.account;

import java.util.Optional;

/** Filters of the account list. */
public record AccountQuery(Optional<AccountSource> source, Optional<String> system, Optional<String> status,
        Optional<String> q) {
}
