package jp.resas.ops.backup.web;

import java.time.Instant;
import java.time.LocalDate;
import jp.resas.ops.backup.RestoreDrill;

/** A drill as the API answers it: the record and what follows from it (restore minutes against target, RPO). */
public record DrillView(long id, RestoreDrill.Kind kind, RestoreDrill.Status status, String title, LocalDate plannedFor,
        String resourceArn, String recoveryPointArn, Instant recoveryPointAt, Long restoreJobId, Instant startedAt,
        Instant completedAt, String performedBy, String recordedBy, RestoreDrill.Verification verification,
        String verificationNote, int rtoTargetMinutes, Long restoreMinutes, Boolean withinTarget, Long dataAgeHours,
        String signedOffBy, Instant signedOffAt, String signOffNote, String createdBy, Instant createdAt, long version) {

    public static DrillView of(RestoreDrill d) {
        return new DrillView(d.id(), d.kind(), d.status(), d.title(), d.plannedFor(), d.resourceArn(),
                d.recoveryPointArn(), d.recoveryPointAt(), d.restoreJobId(), d.startedAt(), d.completedAt(),
                d.performedBy(), d.recordedBy(), d.verification(), d.verificationNote(), d.rtoTargetMinutes(),
                d.restoreMinutes(), d.withinTarget(), d.dataAgeHours(), d.signedOffBy(), d.signedOffAt(),
                d.signOffNote(), d.createdBy(), d.createdAt(), d.version());
    }
}
