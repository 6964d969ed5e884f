package jp.resas.ops.patch.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.patch.PatchRecord;
import jp.resas.ops.patch.RecordingPatches;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.vulnerability.Findings;

/** The patch records' use cases for the API, the portal and the report, one transaction each. */
@Singleton
public class PatchService {

    private final JdbcPatches patches;
    private final RecordingPatches recording;

    PatchService(JdbcPatches patches, Findings findings, AuditLog audit, Clock clock) {
        this.patches = patches;
        this.recording = new RecordingPatches(patches, findings, audit, clock);
    }

    @Transactional
    public Keyset.Page<PatchRecord> list(Optional<PatchRecord.Environment> environment, Optional<String> target,
            Optional<Long> finding, Optional<Boolean> verified, Keyset.Request page) {
        return patches.list(environment, target, finding, verified, page);
    }

    @Transactional
    public PatchRecord get(long id) {
        return patches.get(id).orElseThrow(() -> new NotFoundException("パッチ記録 " + id + " はありません。"));
    }

    @Transactional
    public PatchRecord record(RecordingPatches.NewPatch patch, Actor actor) {
        return patches.get(recording.record(patch, actor)).orElseThrow();
    }

    @Transactional
    public PatchRecord verify(long id, long version, Actor verifier) {
        return recording.verify(id, version, verifier);
    }

    /** Patches applied in [from, to), for the monthly report. */
    @Transactional
    public List<PatchRecord> appliedBetween(Instant from, Instant to) {
        return patches.appliedBetween(from, to);
    }
}
