package jp.resas.ops.slaadmin;

import java.time.Instant;
import java.util.List;
import jp.resas.ops.sla.SlaPolicy;

/** The policies administrators changed (port; PostgreSQL in {@code infrastructure}). */
public interface SlaPolicyStore {

    /** Every changed policy; the others are the defaults. */
    List<StoredPolicy> changed();

    /**
     * Stores {@code policy} if its stored version is still {@code expectedVersion} (0: never changed),
     * moving the version on; false when someone changed it first.
     */
    boolean save(SlaPolicy policy, long expectedVersion, String by, Instant at);
}
