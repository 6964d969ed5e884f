package jp.resas.ops.slaadmin;

import java.time.Instant;
import jp.resas.ops.sla.SlaPolicy;

/**
 * A policy and its history: {@code version} 0 (and no {@code updatedBy}) while it is the default; the
 * version a change must send back.
 */
public record StoredPolicy(SlaPolicy policy, long version, String updatedBy, Instant updatedAt) {

    public static StoredPolicy byDefault(SlaPolicy policy) {
        return new StoredPolicy(policy, 0, null, null);
    }

    public boolean custom() {
        return version > 0;
    }
}
