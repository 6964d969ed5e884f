package jp.resas.ops.dataset;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;

/**
 * An approver makes the version published before the current one current again: the current one is
 * rolled back, the data-update log and the audit log say so. One transaction (the caller's).
 */
public final class RollingBack {

    private final PublishedVersions versions;
    private final AuditLog audit;
    private final Clock clock;

    public RollingBack(PublishedVersions versions, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    public VersionId rollBack(DatasetId dataset, String comment, Actor approver) {
        VersionId current = versions.lockCurrent(dataset).orElseThrow(() -> new InvalidInputException("datasetId",
                "データセット「" + dataset + "」には公開中の版がありません。"));
        VersionId previous = versions.lastSuperseded(dataset)
                .orElseThrow(() -> new InvalidInputException("datasetId", "戻せる以前の版がありません。"));
        Instant now = clock.instant();
        versions.mark(current, VersionStatus.ROLLED_BACK);
        versions.mark(previous, VersionStatus.PUBLISHED);
        versions.makeCurrent(dataset, previous, approver.name(), now);
        versions.log(UpdateLogEntry.rollback(dataset, previous, approver.name(), now, comment));
        audit.append(new AuditEntry(approver.name(), "dataset.version.rolled_back", "dataset", dataset.value(),
                Map.of("from", current.value(), "to", previous.value(), "comment", comment == null ? "" : comment),
                approver.source()));
        return previous;
    }
}
