package jp.resas.ops.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the lifecycle use cases need of the incident records (port; PostgreSQL in infrastructure). */
public interface IncidentWork {

    /** The incident, locked until the transaction ends so concurrent edits queue. */
    Optional<IncidentCase> lock(IncidentId id);

    IncidentId raise(NewIncident incident, String createdBy, Instant at);

    /**
     * Stores the new stage, its time, the report and {@code responded_at} if unset; a new version.
     */
    void moveTo(IncidentId id, IncidentStatus to, Instant at, IncidentReport report);

    /** Stores severity, major flag, assignee and report of {@code changed}; a new version. */
    void update(IncidentCase changed, Instant at);

    Optional<IncidentDossier> dossier(IncidentId id);

    /**
     * The dossiers of the major incidents opened in [{@code from}, {@code before}), newest first as the list orders
     * them: two queries for all of them, however many there are.
     */
    List<IncidentDossier> majorDossiers(Instant from, Instant before);
}
