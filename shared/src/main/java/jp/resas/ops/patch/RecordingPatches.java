package jp.resas.ops.patch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.vulnerability.Finding;
import jp.resas.ops.vulnerability.Findings;
import jp.resas.ops.vulnerability.TreatingFindings;
import jp.resas.ops.vulnerability.TreatmentStatus;

/**
 * Records a patch and, on verification, closes the findings it names as FIXED through the findings' own
 * lifecycle ({@link TreatingFindings#fixed}): only findings triaged (TRIAGED or FIXING) may be named, and a
 * finding accepted or fixed in between makes the verification fail as a whole. Nobody verifies a patch they
 * applied or recorded (segregation of duties), whatever roles they hold.
 */
public final class RecordingPatches {

    /** What a person records (checked by the API before it gets here). */
    public record NewPatch(String title, String target, PatchRecord.Environment environment, Instant appliedAt,
            String appliedBy, Long changeRequestId, String note, List<Long> findingIds) {
    }

    private final Patches patches;
    private final Findings findings;
    private final TreatingFindings treating;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingPatches(Patches patches, Findings findings, AuditLog audit, Clock clock) {
        this.patches = patches;
        this.findings = findings;
        this.treating = new TreatingFindings(findings, audit, clock);
        this.audit = audit;
        this.clock = clock;
    }

    public long record(NewPatch patch, Actor actor) {
        Instant now = clock.instant();
        if (patch.appliedAt().isAfter(now)) {
            throw new InvalidInputException("appliedAt", "appliedAt (適用日時) に未来の日時は指定できません。");
        }
        if (patch.changeRequestId() != null && !patches.isChangeRequest(patch.changeRequestId())) {
            throw new InvalidInputException("changeRequestId", "変更要求 " + patch.changeRequestId() + " はありません。");
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(patch.findingIds()));
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Finding f = findings.get(id).orElseThrow(() -> new InvalidInputException("findingIds",
                    "脆弱性 " + id + " はありません。"));
            if (f.status() != TreatmentStatus.TRIAGED && f.status() != TreatmentStatus.FIXING) {
                throw new ConflictException("TRANSITION_NOT_ALLOWED", "findingIds", "脆弱性 " + id + " は状態 "
                        + f.status() + " のため、パッチで解消済みにできません (TRIAGED か FIXING のときのみ)。");
            }
        }
        String appliedBy = patch.appliedBy() != null ? patch.appliedBy() : actor.name();
        long id = patches.insert(new PatchRecord(0, patch.title(), patch.target(), patch.environment(), patch.appliedAt(),
                appliedBy, patch.changeRequestId(), patch.note(), ids, actor.name(), now, null, null, 0));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", patch.title());
        details.put("target", patch.target());
        details.put("appliedBy", appliedBy);
        details.put("findingIds", ids);
        audit.append(new AuditEntry(actor.name(), "patch.recorded", "patch", String.valueOf(id), details,
                actor.source()));
        return id;
    }

    /** Verifies the patch and closes its findings as FIXED, all or nothing (the caller's transaction). */
    public PatchRecord verify(long id, long version, Actor verifier) {
        PatchRecord p = patches.lock(id).orElseThrow(() -> new NotFoundException("パッチ記録 " + id + " はありません。"));
        if (p.version() != version) {
            throw ConflictException.staleVersion(version, p.version());
        }
        if (p.verified()) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status", "パッチ記録 " + id + " は確認済みです。");
        }
        if (verifier.name().equals(p.appliedBy()) || verifier.name().equals(p.recordedBy())) {
            throw new ForbiddenActionException("SEGREGATION_OF_DUTIES",
                    "パッチを適用・記録した本人は確認できません。別の担当者が確認してください。");
        }
        for (long findingId : p.findingIds()) {
            Finding f = findings.lock(findingId).orElseThrow();
            treating.fixed(findingId, f.version(), verifier);
        }
        if (!patches.verify(id, version, verifier.name(), clock.instant())) {
            throw ConflictException.staleVersion(version, version + 1);
        }
        audit.append(new AuditEntry(verifier.name(), "patch.verified", "patch", String.valueOf(id),
                Map.of("findingIds", p.findingIds()), verifier.source()));
        return patches.get(id).orElseThrow();
    }
}
