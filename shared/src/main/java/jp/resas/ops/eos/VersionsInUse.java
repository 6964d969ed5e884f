package jp.resas.ops.eos;

import java.time.Instant;
import java.util.List;

/** The versions deployed, as the latest configuration snapshot of AWS records them (port; the ledger answers it). */
public interface VersionsInUse {

    /** The snapshot read (none yet: {@code snapshotId} null and no versions) and the versions it holds. */
    record Reading(Long snapshotId, Instant takenAt, List<VersionInUse> versions) {

        public Reading {
            versions = List.copyOf(versions);
        }

        public static Reading none() {
            return new Reading(null, null, List.of());
        }
    }

    Reading current();
}
