package jp.resas.ops.incident.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.incident.AddingNote;
import jp.resas.ops.incident.IncidentDetail;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentPage;
import jp.resas.ops.incident.IncidentQuery;
import jp.resas.ops.incident.Incidents;
import jp.resas.ops.incident.TimelineEntry;

/** The transaction boundary of the incident use cases. */
@Singleton
public class IncidentService {

    private final Incidents incidents;
    private final AddingNote addingNote;

    IncidentService(Incidents incidents, AuditLog audit, Clock clock) {
        this.incidents = incidents;
        this.addingNote = new AddingNote(incidents, audit, clock);
    }

    @Transactional(readOnly = true)
    public IncidentPage list(IncidentQuery query) {
        return incidents.list(query);
    }

    @Transactional(readOnly = true)
    public Optional<IncidentDetail> find(IncidentId id) {
        return incidents.find(id);
    }

    @Transactional
    public TimelineEntry addNote(IncidentId id, String actor, String text, String source) {
        return addingNote.add(id, actor, text, source);
    }
}
