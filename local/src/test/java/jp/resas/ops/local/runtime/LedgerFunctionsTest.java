package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code resas-ops invoke} and the local schedules find the ledgers' functions by their AWS names. */
class LedgerFunctionsTest {

    @Test
    void ledgerFunctions_areKnownByTheirAwsNames() {
        assertThat(new LocalFunctions().names()).contains("asset-discovery", "ledger-watch", "configuration-snapshot",
                "account-collection");
    }
}
