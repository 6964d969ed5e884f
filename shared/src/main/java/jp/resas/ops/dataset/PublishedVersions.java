package jp.resas.ops.dataset;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: which version of each dataset readers see, the versions' publication states, the data-update log
 * and the source list (PostgreSQL in {@code infrastructure}). Runs inside the caller's transaction.
 */
public interface PublishedVersions {

    /** The dataset's current version, held until the transaction ends so switches queue. */
    Optional<VersionId> lockCurrent(DatasetId dataset);

    /** The version most recently superseded by a publication (what a rollback returns to). */
    Optional<VersionId> lastSuperseded(DatasetId dataset);

    void mark(VersionId version, VersionStatus status);

    /** The version is published now: its state and its publication time. */
    void published(VersionId version, Instant at);

    /** Readers see {@code version} from the commit on. */
    void makeCurrent(DatasetId dataset, VersionId version, String by, Instant at);

    void log(UpdateLogEntry entry);

    /** The source list's entry for a published version: the catalog's source and its raw objects' checksums. */
    void recordSource(DatasetId dataset, VersionId version);
}
