package jp.resas.ops.incident.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.incident.AddingNote;
import jp.resas.ops.incident.IncidentChange;
import jp.resas.ops.incident.IncidentDetail;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentPage;
import jp.resas.ops.incident.IncidentQuery;
import jp.resas.ops.incident.IncidentSla;
import jp.resas.ops.incident.IncidentTransition;
import jp.resas.ops.incident.IncidentWork;
import jp.resas.ops.incident.Incidents;
import jp.resas.ops.incident.NewIncident;
import jp.resas.ops.incident.RaisingIncident;
import jp.resas.ops.incident.Severity;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.incident.TransitioningIncident;
import jp.resas.ops.incident.UpdatingIncident;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.ticket.SlaEvaluation;

/** The transaction boundary of the incident use cases. */
@Singleton
public class IncidentService {

    private final Incidents incidents;
    private final IncidentWork work;
    private final AddingNote addingNote;
    private final RaisingIncident raising;
    private final TransitioningIncident transitioning;
    private final UpdatingIncident updating;
    private final SlaEvaluation sla;

    IncidentService(Incidents incidents, IncidentWork work, AuditLog audit, Clock clock, SlaEvaluation sla) {
        this.incidents = incidents;
        this.work = work;
        this.addingNote = new AddingNote(incidents, audit, clock);
        this.raising = new RaisingIncident(work, incidents, audit, clock);
        this.transitioning = new TransitioningIncident(work, incidents, audit, clock);
        this.updating = new UpdatingIncident(work, incidents, audit, clock);
        this.sla = sla;
    }

    @Transactional(readOnly = true)
    public IncidentPage list(IncidentQuery query) {
        return incidents.list(query);
    }

    @Transactional(readOnly = true)
    public Optional<IncidentDetail> find(IncidentId id) {
        return incidents.find(id);
    }

    /** Everything about the incident, for the API and the 障害報告書 generator. */
    @Transactional(readOnly = true)
    public Optional<IncidentDossier> dossier(IncidentId id) {
        return work.dossier(id);
    }

    /** The dossiers of the major incidents opened in [from, before), newest first (see {@link IncidentWork#majorDossiers}). */
    public List<IncidentDossier> majorDossiers(Instant from, Instant before) {
        return work.majorDossiers(from, before);
    }

    public SlaStatus sla(IncidentDossier dossier) {
        return sla.now(TicketType.INCIDENT, Severity.priority(dossier.work().severity()), IncidentSla.timeline(dossier));
    }

    @Transactional
    public TimelineEntry addNote(IncidentId id, String actor, String text, String source) {
        return addingNote.add(id, actor, text, source);
    }

    @Transactional
    public IncidentId raise(NewIncident incident, Actor actor) {
        return raising.raise(incident, actor);
    }

    @Transactional
    public IncidentId transition(IncidentId id, IncidentTransition transition, Actor actor) {
        return transitioning.transition(id, transition, actor).id();
    }

    @Transactional
    public IncidentId update(IncidentId id, IncidentChange change, Actor actor) {
        return updating.update(id, change, actor).id();
    }
}
