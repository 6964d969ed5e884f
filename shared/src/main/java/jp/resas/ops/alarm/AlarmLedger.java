package jp.resas.ops.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.TimelineEntry;

/**
 * What alarm intake needs of the records (port). Called inside one transaction per notice;
 * {@link #register} comes first and serialises all deliveries for the same alarm until commit.
 */
public interface AlarmLedger {

    void register(AlarmRef alarm, AlarmKind kind);

    /** Stores the notice once; empty when this transition was recorded before (any route). */
    OptionalLong record(AlarmNotice notice);

    /** {@link #register} then {@link #record}; a store may do both in one round trip (issue 18). */
    default OptionalLong registerAndRecord(AlarmNotice notice, AlarmKind kind) {
        register(notice.alarm(), kind);
        return record(notice);
    }

    /**
     * An ALARM or OK state change of an alarm that people close (its rule does not auto-resolve), applied at once when
     * the alarm's open incident takes it as it is: an ALARM that neither moves the incident's opening nor falls in a
     * scheduled maintenance window, an OK not older than the opening, on an incident whose SLA due times are stored.
     * Then, as the steps would: {@link #register}, {@link #record}, {@link #attachAndRefresh}, and
     * {@link #appendTimelineAndAudit} of one line of {@code timelineKind} at the change's time and of {@code audit}
     * with the incident as its target; the line's message is {@code messageFormat} with {@code %s} standing for the
     * incident's occurrences after the change ({@code %%} for a percent sign). Otherwise it writes nothing but the
     * alarm's {@link #register} and answers {@link OneCall#STEPS} (or {@link OneCall#DUPLICATE} for a transition
     * recorded before), and the caller goes on step by step. A store may do it all in one statement, atomic without a
     * transaction of the caller's (issue 18); this default always answers {@link OneCall#STEPS}.
     */
    default OneCall applyToOpenIncident(AlarmNotice.StateChange change, AlarmKind kind, String timelineKind,
            String messageFormat, AuditEntry audit) {
        return OneCall.STEPS;
    }

    Optional<AlarmIncident> openIncident(String alarmArn);

    /** The closed incident of this alarm whose open period contains {@code at}, if any. */
    Optional<AlarmIncident> closedIncidentCovering(String alarmArn, Instant at);

    IncidentId openIncident(AlarmRef alarm, String title, int severity, Instant openedAt);

    /** An incident for a period that has already ended (a late ALARM before a known OK): created closed. */
    IncidentId closedIncident(AlarmRef alarm, String title, int severity, Instant openedAt, Instant closedAt);

    void attach(long transitionId, IncidentId incident);

    /** Attaches the transitions that arrived before this incident existed but happened after {@code after}. */
    int attachUnassignedAfter(String alarmArn, Instant after, IncidentId incident);

    TransitionTally tally(IncidentId incident);

    void updateDerived(IncidentId incident, int occurrences, Instant openedAt, Instant recoveredAt);

    /**
     * {@link #attach} the transition, then store the incident's occurrences, first alarm and recovery
     * ({@link TransitionTally#recoveredAt}) from its attached transitions; answers that tally. A store may do it
     * in one round trip (issue 18), with the same result.
     */
    default TransitionTally attachAndRefresh(long transitionId, IncidentId incident) {
        attach(transitionId, incident);
        TransitionTally tally = tally(incident);
        updateDerived(incident, tally.occurrences(), tally.firstAlarmAt(), tally.recoveredAt());
        return tally;
    }

    void close(IncidentId incident, Instant closedAt);

    void appendTimeline(IncidentId incident, TimelineEntry entry);

    /**
     * Appends the lines to their incidents' timelines (in this order), then the entry to the audit log; a store
     * may write them all in one round trip (issue 18), with the same rows as these steps.
     */
    default void appendTimelineAndAudit(List<TimelineLine> lines, AuditEntry entry, AuditLog audit) {
        for (TimelineLine line : lines) {
            appendTimeline(line.incident(), line.entry());
        }
        audit.append(entry);
    }

    AlarmRule ruleFor(String alarmName);

    /** The alarm's ALARM and OK transitions with the incident each is attached to (any order). */
    java.util.List<AlarmEpisodes.StateTransition> stateTransitions(String alarmArn);

    /** An alarm-raised incident by id. */
    Optional<AlarmIncident> incident(IncidentId incident);

    /** What {@link #applyToOpenIncident} did: {@code applied} holds the incident and its tally when it applied the change. */
    record OneCall(boolean duplicate, Optional<Applied> applied) {

        /** Nothing applied: the caller goes step by step. */
        public static final OneCall STEPS = new OneCall(false, Optional.empty());
        /** The transition was recorded before: nothing changed. */
        public static final OneCall DUPLICATE = new OneCall(true, Optional.empty());
    }

    /** An open incident that took a state change, and its tally afterwards. */
    record Applied(IncidentId incident, TransitionTally tally) {
    }

    /** A line for one incident's timeline. */
    record TimelineLine(IncidentId incident, TimelineEntry entry) {
    }

    /** An alarm-raised incident as intake sees it. */
    record AlarmIncident(IncidentId id, Instant openedAt, Instant closedAt) {
    }

    /** Counts over the transitions attached to one incident. */
    record TransitionTally(int occurrences, Instant firstAlarmAt, Instant lastAlarmAt, Instant lastOkAt) {

        /** Recovered when the latest OK is later than the latest ALARM; null otherwise. */
        public Instant recoveredAt() {
            return lastOkAt != null && lastAlarmAt != null && lastOkAt.isAfter(lastAlarmAt) ? lastOkAt : null;
        }
    }
}
