package jp.resas.ops.incident;

import java.util.Optional;

/** The incident records (port; PostgreSQL in {@code infrastructure}). */
public interface Incidents {

    IncidentPage list(IncidentQuery query);

    Optional<IncidentDetail> find(IncidentId id);

    /** Appends to the timeline; false when there is no such incident. */
    boolean appendTimeline(IncidentId id, TimelineEntry entry);
}
