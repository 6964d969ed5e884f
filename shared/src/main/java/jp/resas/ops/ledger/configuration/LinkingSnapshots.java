package jp.resas.ops.ledger.configuration;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;

/**
 * Names the snapshots before and after a change request (変更要求): both of one source, the one before
 * taken earlier than the one after; {@code version} guards against a second writer (0 when none is named yet).
 */
public final class LinkingSnapshots {

    private final ConfigurationSnapshots snapshots;
    private final AuditLog audit;
    private final Clock clock;

    public LinkingSnapshots(ConfigurationSnapshots snapshots, AuditLog audit, Clock clock) {
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    public SnapshotLink link(long changeRequestId, Long beforeId, Long afterId, long version, Actor actor) {
        if (!snapshots.isChangeRequest(changeRequestId)) {
            throw new NotFoundException("変更要求 (ID " + changeRequestId + ") はありません。");
        }
        if (beforeId == null && afterId == null) {
            throw new InvalidInputException("before", "before と after の少なくとも一方にスナップショットの ID を指定してください。");
        }
        Snapshot before = beforeId == null ? null : existing("before", beforeId);
        Snapshot after = afterId == null ? null : existing("after", afterId);
        if (before != null && after != null) {
            if (before.source() != after.source()) {
                throw new InvalidInputException("after", "変更前 (" + before.source() + ") と変更後 (" + after.source()
                        + ") のスナップショットは同じ取得元のものを指定してください。");
            }
            if (!before.takenAt().isBefore(after.takenAt())) {
                throw new InvalidInputException("after", "変更後のスナップショット (ID " + afterId
                        + ") は変更前 (ID " + beforeId + ") より後に取得されたものを指定してください。");
            }
        }
        SnapshotLink current = snapshots.lockLink(changeRequestId).orElse(new SnapshotLink(changeRequestId, null, null, 0));
        if (current.version() != version) {
            throw ConflictException.staleVersion(version, current.version());
        }
        SnapshotLink next = new SnapshotLink(changeRequestId, beforeId, afterId, current.version() + 1);
        snapshots.saveLink(next, actor.name(), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", beforeId == null ? "" : String.valueOf(beforeId));
        details.put("after", afterId == null ? "" : String.valueOf(afterId));
        details.put("previousBefore", current.beforeId() == null ? "" : String.valueOf(current.beforeId()));
        details.put("previousAfter", current.afterId() == null ? "" : String.valueOf(current.afterId()));
        audit.append(new AuditEntry(actor.name(), "configuration.link", "ticket", String.valueOf(changeRequestId),
                details, actor.source()));
        return next;
    }

    private Snapshot existing(String field, long id) {
        return snapshots.find(id).orElseThrow(() -> new InvalidInputException(field,
                "スナップショット (ID " + id + ") はありません。"));
    }
}
