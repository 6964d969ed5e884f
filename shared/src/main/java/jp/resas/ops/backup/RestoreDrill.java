package jp.resas.ops.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A restore drill (リストア訓練): what was restored (the resource, from which recovery point), when and by
 * whom, the restore job, the verification, and the time it took against its target (RTO); the data's age at
 * restore (RPO) is from the recovery point's creation to the start of the restore.
 */
public record RestoreDrill(long id, Kind kind, Status status, String title, LocalDate plannedFor, String resourceArn,
        String recoveryPointArn, Instant recoveryPointAt, Long restoreJobId, Instant startedAt, Instant completedAt,
        String performedBy, String recordedBy, Verification verification, String verificationNote,
        int rtoTargetMinutes, String signedOffBy, Instant signedOffAt, String signOffNote, String createdBy,
        Instant createdAt, long version) {

    /** AUTOMATIC: a restore job of the monthly restore testing plan; MANUAL: planned and recorded by people. */
    public enum Kind { AUTOMATIC, MANUAL }

    public enum Status { PLANNED, PERFORMED, SIGNED_OFF }

    public enum Verification { PENDING, PASSED, FAILED }

    /** Minutes from the restore's start to its end; null while not finished. */
    public Long restoreMinutes() {
        return startedAt == null || completedAt == null ? null : Duration.between(startedAt, completedAt).toMinutes();
    }

    /** Whether the restore finished within its target; null while not finished. */
    public Boolean withinTarget() {
        Long minutes = restoreMinutes();
        return minutes == null ? null : minutes <= rtoTargetMinutes;
    }

    /** Hours of data the restore would lose (RPO): from the recovery point to the restore's start. */
    public Long dataAgeHours() {
        return recoveryPointAt == null || startedAt == null ? null
                : Duration.between(recoveryPointAt, startedAt).toHours();
    }
}
