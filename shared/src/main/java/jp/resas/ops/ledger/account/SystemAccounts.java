package jp.resas.ops.ledger.account;

import java.util.List;

/** Every account of one system, read in full (so those it no longer has can be marked gone). */
public record SystemAccounts(AccountSource source, String system, List<ObservedAccount> accounts) {

    public SystemAccounts {
        accounts = List.copyOf(accounts);
    }
}
