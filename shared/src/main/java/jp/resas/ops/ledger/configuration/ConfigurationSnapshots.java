package jp.resas.ops.ledger.configuration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored snapshots (port; PostgreSQL in {@code infrastructure}). */
public interface ConfigurationSnapshots {

    /** Serialises snapshots of one source until the caller's transaction ends, then answers the latest one. */
    Optional<Snapshot> lockLatest(ConfigurationSource source);

    long insert(ConfigurationSource source, Instant takenAt, String takenBy, String digest,
            List<ConfiguredResource> resources, List<MissingScope> missing, Long previousId, ConfigurationDiff diff);

    Optional<Snapshot> find(long id);

    /** Newest first, those {@code filter} selects; {@code afterId} is the last id of the previous page. */
    List<SnapshotSummary> list(SnapshotFilter filter, Optional<Long> afterId, int limit);

    /** Whether a change request (変更要求) with this id exists. */
    boolean isChangeRequest(long ticketId);

    Optional<SnapshotLink> findLink(long changeRequestId);

    /** Locks the change request (so two writers of its link queue), then answers its link. */
    Optional<SnapshotLink> lockLink(long changeRequestId);

    void saveLink(SnapshotLink link, String by, Instant at);
}
