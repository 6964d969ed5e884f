package jp.resas.ops.slaadmin.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.sla.SlaPolicies;
import jp.resas.ops.sla.SlaPolicySource;
import jp.resas.ops.slaadmin.PolicyTable;
import jp.resas.ops.slaadmin.SlaPolicyStore;

/**
 * The policies in force, read on every evaluation: at most sixteen small rows, and never a stale
 * copy after an administrator's change, in this process or another (each Lambda has its own).
 */
@Singleton
final class PersistedSlaPolicies implements SlaPolicySource {

    private final SlaPolicyStore store;

    PersistedSlaPolicies(SlaPolicyStore store) {
        this.store = store;
    }

    @Override
    public SlaPolicies current() {
        return PolicyTable.of(store.changed()).policies();
    }
}
