package jp.resas.ops.dataset.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.PublishedVersions;
import jp.resas.ops.dataset.RollingBack;
import jp.resas.ops.dataset.VersionId;

/**
 * The transaction boundary of what changes a dataset's published version outside a run: a rollback
 * switches {@code dataset_current}, the versions' states and the logs at once, so a reader sees the old
 * version or the other one, never half of either.
 */
@Singleton
public class VersionService {

    private final RollingBack rollingBack;

    VersionService(PublishedVersions versions, AuditLog audit, Clock clock) {
        this.rollingBack = new RollingBack(versions, audit, clock);
    }

    @Transactional
    public VersionId rollback(DatasetId dataset, String comment, Actor approver) {
        return rollingBack.rollBack(dataset, comment, approver);
    }
}
