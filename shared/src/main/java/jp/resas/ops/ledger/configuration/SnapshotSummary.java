package jp.resas.ops.ledger.configuration;

import java.time.Instant;
import java.util.List;

/** A snapshot in a list: when, by whom, how many resources, what could not be read, and the size of its diff. */
public record SnapshotSummary(long id, ConfigurationSource source, Instant takenAt, String takenBy, int resources,
        List<MissingScope> missing, Long previousId, int added, int removed, int changed) {

    public SnapshotSummary {
        missing = List.copyOf(missing);
    }
}
