package jp.resas.ops.eos;

import java.util.List;

/**
 * A runtime or engine version the configuration ledger found deployed ({@link RuntimeKey}), in whose system (RESAS:
 * the monitored accounts; RESAS Ops: its own account), by how many resources and in which accounts.
 */
public record VersionInUse(EosSystem system, EosCategory category, String key, int resources, List<String> accounts) {

    public VersionInUse {
        accounts = List.copyOf(accounts);
    }
}
