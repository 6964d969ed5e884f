package jp.resas.ops.backup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;

/**
 * A manual drill is planned (PLANNED), its result recorded once (PERFORMED: who performed it, when, from which
 * recovery point, the restore job if AWS Backup restored it, the verification), and signed off (SIGNED_OFF)
 * by an approver who neither performed nor recorded it. An automatic drill arrives PERFORMED from the
 * collector. Every step is taken against the version read; nothing changes after the sign-off.
 */
public final class HoldingRestoreDrills {

    /** A drill's result as the person recording it states it. */
    public record Result(String performedBy, Instant startedAt, Instant completedAt, String recoveryPointArn,
            Instant recoveryPointAt, Long restoreJobId, RestoreDrill.Verification verification, String note) {
    }

    private final RestoreDrills drills;
    private final AuditLog audit;
    private final Clock clock;

    public HoldingRestoreDrills(RestoreDrills drills, AuditLog audit, Clock clock) {
        this.drills = drills;
        this.audit = audit;
        this.clock = clock;
    }

    public RestoreDrill plan(String title, LocalDate plannedFor, String resourceArn, int rtoTargetMinutes, Actor actor) {
        if (rtoTargetMinutes < 1 || rtoTargetMinutes > 10080) {
            throw new InvalidInputException("rtoTargetMinutes", "rtoTargetMinutes (目標復旧時間) は 1 から 10080 分で指定してください。");
        }
        long id = drills.plan(new RestoreDrill(0, RestoreDrill.Kind.MANUAL, RestoreDrill.Status.PLANNED, title,
                plannedFor, resourceArn, null, null, null, null, null, null, null, null, null, rtoTargetMinutes, null,
                null, null, actor.name(), clock.instant(), 0));
        audit.append(new AuditEntry(actor.name(), "restore_drill.planned", "restore_drill", String.valueOf(id),
                Map.of("title", title, "plannedFor", String.valueOf(plannedFor)), actor.source()));
        return drills.get(id).orElseThrow();
    }

    public RestoreDrill record(long id, long version, Result result, Actor actor) {
        RestoreDrill d = current(id, version, Set.of(RestoreDrill.Status.PLANNED));
        if (result.verification() == null || result.verification() == RestoreDrill.Verification.PENDING) {
            throw new InvalidInputException("verification", "verification は PASSED か FAILED で指定してください。");
        }
        if (result.completedAt() != null && result.completedAt().isBefore(result.startedAt())) {
            throw new InvalidInputException("completedAt", "completedAt は startedAt 以降にしてください。");
        }
        if (result.startedAt().isAfter(clock.instant())) {
            throw new InvalidInputException("startedAt", "startedAt に未来の時刻は指定できません。");
        }
        if (result.restoreJobId() != null && drills.restoreJob(result.restoreJobId()).isEmpty()) {
            throw new InvalidInputException("restoreJobId", "リストアジョブ " + result.restoreJobId() + " はありません。");
        }
        if (result.restoreJobId() != null && drills.drillOf(result.restoreJobId()).isPresent()) {
            throw new InvalidInputException("restoreJobId", "リストアジョブ " + result.restoreJobId()
                    + " はリストア訓練 " + drills.drillOf(result.restoreJobId()).get() + " に記録済みです。");
        }
        RestoreDrill performed = new RestoreDrill(d.id(), d.kind(), RestoreDrill.Status.PERFORMED, d.title(),
                d.plannedFor(), d.resourceArn(), result.recoveryPointArn(), result.recoveryPointAt(), result.restoreJobId(),
                result.startedAt(), result.completedAt(), result.performedBy(), actor.name(), result.verification(),
                result.note(), d.rtoTargetMinutes(), null, null, null, d.createdBy(), d.createdAt(), d.version());
        return save(performed, actor, "restore_drill.performed", Map.of("performedBy", result.performedBy(),
                "verification", result.verification().name()));
    }

    /** The approver signs the drill off: not who performed it, not who recorded it. */
    public RestoreDrill signOff(long id, long version, String note, Actor approver) {
        RestoreDrill d = current(id, version, Set.of(RestoreDrill.Status.PERFORMED));
        if (approver.name().equals(d.performedBy()) || approver.name().equals(d.recordedBy())) {
            throw new ForbiddenActionException("SEGREGATION_OF_DUTIES",
                    "リストア訓練を実施または記録した人は承認できません。別の承認者が承認してください。");
        }
        if (d.verification() == RestoreDrill.Verification.PENDING) {
            throw new ConflictException("VERIFICATION_PENDING", "verification", "検証が終わっていないため承認できません。");
        }
        RestoreDrill signed = new RestoreDrill(d.id(), d.kind(), RestoreDrill.Status.SIGNED_OFF, d.title(),
                d.plannedFor(), d.resourceArn(), d.recoveryPointArn(), d.recoveryPointAt(), d.restoreJobId(),
                d.startedAt(), d.completedAt(), d.performedBy(), d.recordedBy(), d.verification(), d.verificationNote(),
                d.rtoTargetMinutes(), approver.name(), clock.instant(), note, d.createdBy(), d.createdAt(), d.version());
        return save(signed, approver, "restore_drill.signed_off", note == null ? Map.of() : Map.of("note", note));
    }

    private RestoreDrill current(long id, long version, Set<RestoreDrill.Status> from) {
        RestoreDrill d = drills.lock(id).orElseThrow(() -> new NotFoundException("リストア訓練 " + id + " はありません。"));
        if (d.version() != version) {
            throw ConflictException.staleVersion(version, d.version());
        }
        if (!from.contains(d.status())) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status",
                    "この操作は状態 " + d.status() + " のリストア訓練にはできません。");
        }
        return d;
    }

    private RestoreDrill save(RestoreDrill drill, Actor actor, String action, Map<String, ?> details) {
        if (!drills.save(drill)) {
            throw ConflictException.staleVersion(drill.version(), drill.version() + 1);
        }
        audit.append(new AuditEntry(actor.name(), action, "restore_drill", String.valueOf(drill.id()), details,
                actor.source()));
        return drills.get(drill.id()).orElseThrow();
    }
}
