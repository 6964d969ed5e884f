package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.resas.ops.common.Actor;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.infrastructure.VersionService;
import jp.resas.ops.pipeline.PublishingVersion;
import jp.resas.ops.pipeline.RunId;

/**
 * The transaction boundary of publishing: one transaction switches the dataset's current version, the
 * versions' states and the logs, so a reader sees the old version or the new one, never half of either.
 * Rollback is the catalog's ({@link VersionService}); it is offered here too for the pipeline's tools.
 */
@Singleton
public class PublishService {

    private final PublishingVersion publishing;
    private final VersionService versions;

    PublishService(PublishingVersion publishing, VersionService versions) {
        this.publishing = publishing;
        this.versions = versions;
    }

    /** Publishes an approved run's version; publishing it again changes nothing. */
    @Transactional
    public VersionId publish(RunId id) {
        return publishing.publish(id);
    }

    /** Makes the version published before the current one current again. */
    public VersionId rollback(DatasetId dataset, String approver, String comment, String source) {
        return versions.rollback(dataset, comment, new Actor(approver, source));
    }
}
