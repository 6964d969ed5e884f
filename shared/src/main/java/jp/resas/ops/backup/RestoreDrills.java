package jp.resas.ops.backup;

import java.time.Instant;
import java.util.Optional;

/** The restore drills (port; PostgreSQL in {@code infrastructure}). */
public interface RestoreDrills {

    /**
     * Records (or refreshes, while not signed off) the automatic drill of a restore testing job; answers the
     * drill's id when it was new.
     */
    Optional<Long> recordRestoreTest(long restoreJobRowId, ReportedJob job, int rtoTargetMinutes, Instant at);

    Optional<RestoreDrill> lock(long id);

    Optional<RestoreDrill> get(long id);

    long plan(RestoreDrill drill);

    /** Saves a drill read at {@code drill.version()}; false when it changed since. */
    boolean save(RestoreDrill drill);

    /** The drill that already records the restore job {@code restoreJobRowId}, if any. */
    Optional<Long> drillOf(long restoreJobRowId);

    /** The collected restore job's row, if {@code restoreJobRowId} names one. */
    Optional<ReportedJob> restoreJob(long restoreJobRowId);
}
