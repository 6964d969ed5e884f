package jp.resas.ops.ledger.configuration;

import java.time.Instant;
import java.util.List;

/**
 * One stored snapshot: its resources (those of a scope that could not be read are carried over from the
 * previous snapshot, and the scope is named in {@code missing}), the snapshot it was compared with and
 * the diff against it (everything added for the first one).
 */
public record Snapshot(long id, ConfigurationSource source, Instant takenAt, String takenBy, String digest,
        List<ConfiguredResource> resources, List<MissingScope> missing, Long previousId, ConfigurationDiff diff) {

    public Snapshot {
        resources = List.copyOf(resources);
        missing = List.copyOf(missing);
    }

    public SnapshotSummary summary() {
        return new SnapshotSummary(id, source, takenAt, takenBy, resources.size(), missing, previousId,
                diff.added().size(), diff.removed().size(), diff.changed().size());
    }
}
