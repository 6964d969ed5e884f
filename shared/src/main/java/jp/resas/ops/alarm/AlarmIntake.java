package jp.resas.ops.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import jp.resas.ops.alarm.AlarmLedger.AlarmIncident;
import jp.resas.ops.alarm.AlarmLedger.TimelineLine;
import jp.resas.ops.alarm.AlarmLedger.TransitionTally;
import jp.resas.ops.alarm.IntakeResult.Outcome;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.TimelineEntry;

/**
 * Turns alarm notices into incidents. State follows the transitions' own timestamps, not the order in
 * which they arrive, so a late ALARM or an early OK ends in the same place as the ordered sequence.
 * The steps must run inside one transaction per notice (see {@link AlarmLedger}); the one call
 * ({@link #receiveInOneCall}) is one ledger call that is atomic on its own. The timeline lines a notice adds and its
 * audit entry are gathered and written last, together ({@link AlarmLedger#appendTimelineAndAudit}): nothing the
 * intake reads depends on them.
 */
public final class AlarmIntake {

    static final String ACTOR = "system:alarm-intake";

    private final AlarmLedger ledger;
    private final AuditLog audit;
    private final MaintenanceCheck maintenance;

    public AlarmIntake(AlarmLedger ledger, AuditLog audit) {
        this(ledger, audit, MaintenanceCheck.NONE);
    }

    public AlarmIntake(AlarmLedger ledger, AuditLog audit, MaintenanceCheck maintenance) {
        this.ledger = ledger;
        this.audit = audit;
        this.maintenance = maintenance;
    }

    /** {@link #receiveInOneCall}, and {@link #receiveStepByStep} when that leaves the notice to the steps. */
    public IntakeResult receive(AlarmNotice notice) {
        AlarmRule rule = ruleOf(notice);
        return inOneCall(notice, rule).orElseGet(() -> stepByStep(notice, rule));
    }

    /**
     * The common case in one ledger call (issue 18): an ALARM or OK that the alarm's open incident takes as it is
     * ({@link AlarmLedger#applyToOpenIncident}) gets the same transition, tally, timeline line and audit entry as the
     * steps ({@link #alarm}, {@link #ok}) give it. Empty when the notice needs the steps; then nothing but the alarm's
     * registration was written.
     */
    public Optional<IntakeResult> receiveInOneCall(AlarmNotice notice) {
        return inOneCall(notice, ruleOf(notice));
    }

    /** The notice applied step by step, whatever it is. */
    public IntakeResult receiveStepByStep(AlarmNotice notice) {
        return stepByStep(notice, ruleOf(notice));
    }

    /** The rule of an ALARM or OK state change (they need it); null for the other notices. */
    private AlarmRule ruleOf(AlarmNotice notice) {
        return notice instanceof AlarmNotice.StateChange change && change.state() != AlarmState.INSUFFICIENT_DATA
                ? ledger.ruleFor(change.alarm().name()) : null;
    }

    private Optional<IntakeResult> inOneCall(AlarmNotice notice, AlarmRule rule) {
        if (rule == null || rule.autoResolve()) {
            return Optional.empty();
        }
        AlarmNotice.StateChange change = (AlarmNotice.StateChange) notice;
        String reason = change.reason().replace("%", "%%");
        boolean alarm = change.state() == AlarmState.ALARM;
        Outcome outcome = alarm ? Outcome.OCCURRENCE_ADDED : Outcome.RECOVERED;
        AlarmLedger.OneCall done = ledger.applyToOpenIncident(change, change.kind(), alarm ? "OCCURRENCE" : "RECOVERED",
                alarm ? "アラーム再発 (%s 回目): " + reason : "回復 (OK): " + reason,
                new AuditEntry(ACTOR, action(outcome), "incident", null, details(change), change.route().name()));
        if (done.duplicate()) {
            return Optional.of(IntakeResult.of(Outcome.DUPLICATE, null));
        }
        return done.applied().map(applied -> IntakeResult.of(outcome, applied.incident()));
    }

    private IntakeResult stepByStep(AlarmNotice notice, AlarmRule rule) {
        AlarmKind kind = notice instanceof AlarmNotice.StateChange s ? s.kind()
                : ((AlarmNotice.ConfigurationChange) notice).kind();
        OptionalLong transition = ledger.registerAndRecord(notice, kind);
        if (transition.isEmpty()) {
            return IntakeResult.of(Outcome.DUPLICATE, null);
        }
        List<TimelineLine> timeline = new ArrayList<>();
        IntakeResult result = apply(notice, transition.getAsLong(), rule, timeline);
        ledger.appendTimelineAndAudit(timeline, new AuditEntry(ACTOR, action(result.outcome()),
                result.incident().isPresent() ? "incident" : "alarm",
                result.incident().map(id -> String.valueOf(id.value())).orElse(notice.alarm().arn()),
                details(notice), notice.route().name()), audit);
        return result;
    }

    private static String action(Outcome outcome) {
        return "alarm." + outcome.name().toLowerCase();
    }

    private IntakeResult apply(AlarmNotice notice, long transition, AlarmRule rule, List<TimelineLine> timeline) {
        if (notice instanceof AlarmNotice.StateChange change) {
            return switch (change.state()) {
                case ALARM -> alarm(change, transition, rule, timeline);
                case OK -> ok(change, transition, rule, timeline);
                case INSUFFICIENT_DATA -> note(change, transition, timeline, "INSUFFICIENT_DATA",
                        "データ不足 (INSUFFICIENT_DATA): " + change.reason());
            };
        }
        AlarmNotice.ConfigurationChange config = (AlarmNotice.ConfigurationChange) notice;
        return note(config, transition, timeline, "CONFIGURATION",
                "アラーム設定変更 (" + config.operation() + ")");
    }

    private IntakeResult alarm(AlarmNotice.StateChange change, long transition, AlarmRule rule,
            List<TimelineLine> timeline) {
        String arn = change.alarm().arn();
        if (rule.autoResolve()) {
            return episodes(change, transition, rule, timeline);
        }
        Optional<AlarmIncident> existing = ledger.openIncident(arn)
                .or(() -> ledger.closedIncidentCovering(arn, change.changedAt()));
        if (existing.isPresent()) {
            IncidentId id = existing.get().id();
            TransitionTally tally = attachAndRefresh(transition, id, existing.get(), rule, timeline);
            timeline.add(new TimelineLine(id, entry(change, "OCCURRENCE",
                    "アラーム再発 (" + tally.occurrences() + " 回目): " + change.reason())));
            duringMaintenance(change, id, timeline);
            return IntakeResult.of(Outcome.OCCURRENCE_ADDED, id);
        }
        IncidentId id = ledger.openIncident(change.alarm(), "CloudWatch アラーム: " + change.alarm().name(),
                rule.severity(), change.changedAt());
        ledger.attach(transition, id);
        timeline.add(new TimelineLine(id, entry(change, "DETECTED", "アラーム発生: " + change.reason())));
        int late = ledger.attachUnassignedAfter(arn, change.changedAt(), id);
        TransitionTally tally = refresh(id, new AlarmIncident(id, change.changedAt(), null), rule, timeline);
        if (late > 0 && tally.lastOkAt() != null && tally.lastOkAt().isAfter(tally.lastAlarmAt())) {
            timeline.add(new TimelineLine(id, new TimelineEntry(tally.lastOkAt(), "RECOVERED", ACTOR,
                    "回復 (OK): 先に届いた回復通知を反映")));
        }
        duringMaintenance(change, id, timeline);
        return IntakeResult.of(Outcome.OPENED, id);
    }

    /**
     * An alarm inside a maintenance window that affects it is kept, recorded on the window and marked
     * on the incident.
     */
    private void duringMaintenance(AlarmNotice.StateChange change, IncidentId id,
            List<TimelineLine> timeline) {
        maintenance.windowFor(change.alarm(), change.changedAt()).ifPresent(window -> {
            maintenance.record(window, change.alarm(), change.changedAt(), id);
            timeline.add(new TimelineLine(id, entry(change, "MAINTENANCE", "メンテナンス中のアラーム (作業: "
                    + window.title() + ", ID " + window.id()
                    + (window.service() == null ? "" : ", 対象サービス: " + window.service()) + ")")));
        });
    }

    private IntakeResult ok(AlarmNotice.StateChange change, long transition, AlarmRule rule,
            List<TimelineLine> timeline) {
        if (rule.autoResolve()) {
            return episodes(change, transition, rule, timeline);
        }
        Optional<AlarmIncident> open = ledger.openIncident(change.alarm().arn())
                .filter(incident -> !change.changedAt().isBefore(incident.openedAt()));
        if (open.isEmpty()) {
            return IntakeResult.of(Outcome.RECORDED, null);
        }
        IncidentId id = open.get().id();
        attachAndRefresh(transition, id, open.get(), rule, timeline);
        timeline.add(new TimelineLine(id, entry(change, "RECOVERED", "回復 (OK): " + change.reason())));
        return IntakeResult.of(Outcome.RECOVERED, id);
    }

    /**
     * Auto-resolve alarms: the incidents are recomputed from all the alarm's transitions ordered by their
     * own time ({@link AlarmEpisodes}), so the result depends on the transitions only, never on the order
     * they arrived in. An episode keeps the lowest incident already holding one of its transitions; an OK
     * that arrives late and splits an episode gives the later part a new incident. Closed at the ending OK.
     */
    private IntakeResult episodes(AlarmNotice.StateChange change, long transition, AlarmRule rule,
            List<TimelineLine> timeline) {
        java.util.Set<Long> used = new java.util.HashSet<>();
        IncidentId mine = null;
        boolean opened = false;
        for (AlarmEpisodes.Episode episode : AlarmEpisodes.of(ledger.stateTransitions(change.alarm().arn()))) {
            Optional<Long> kept = episode.transitions().stream().map(AlarmEpisodes.StateTransition::incident)
                    .filter(java.util.Objects::nonNull).filter(id -> !used.contains(id)).min(Long::compare);
            String title = "CloudWatch アラーム: " + change.alarm().name();
            IncidentId id = kept.map(IncidentId::new).orElseGet(() -> episode.closedAt() == null
                    ? ledger.openIncident(change.alarm(), title, rule.severity(), episode.firstAlarm())
                    : ledger.closedIncident(change.alarm(), title, rule.severity(), episode.firstAlarm(), episode.closedAt()));
            if (kept.isEmpty() && episode.closedAt() != null) {
                timeline.add(new TimelineLine(id, closedEntry(episode.closedAt())));
            }
            used.add(id.value());
            boolean contains = episode.transitions().stream().anyMatch(t -> t.id() == transition);
            if (kept.isEmpty()) {
                timeline.add(new TimelineLine(id, new TimelineEntry(episode.firstAlarm(), "DETECTED", ACTOR,
                        "アラーム発生: " + (contains ? change.reason() : "先に届いた通知の並べ直しによる"))));
                opened |= contains;
            }
            for (AlarmEpisodes.StateTransition t : episode.transitions()) {
                if (!java.util.Objects.equals(t.incident(), id.value())) {
                    ledger.attach(t.id(), id);
                }
            }
            ledger.updateDerived(id, episode.occurrences(), episode.firstAlarm(), episode.closedAt());
            Instant closedAt = ledger.incident(id).map(AlarmIncident::closedAt).orElse(null);
            if (episode.closedAt() != null && !episode.closedAt().equals(closedAt)) {
                ledger.close(id, episode.closedAt());
                timeline.add(new TimelineLine(id, closedEntry(episode.closedAt())));
            }
            if (contains) {
                mine = id;
            }
        }
        if (mine == null) {
            return IntakeResult.of(Outcome.RECORDED, null);
        }
        if (change.state() == AlarmState.OK) {
            timeline.add(new TimelineLine(mine, entry(change, "RECOVERED", "回復 (OK): " + change.reason())));
            return IntakeResult.of(Outcome.RECOVERED, mine);
        }
        if (!opened) {
            timeline.add(new TimelineLine(mine, entry(change, "OCCURRENCE", "アラーム再発: " + change.reason())));
        }
        duringMaintenance(change, mine, timeline);
        return IntakeResult.of(opened ? Outcome.OPENED : Outcome.OCCURRENCE_ADDED, mine);
    }

    private IntakeResult note(AlarmNotice notice, long transition, List<TimelineLine> timeline, String kind,
            String message) {
        Optional<AlarmIncident> open = ledger.openIncident(notice.alarm().arn());
        if (open.isEmpty()) {
            return IntakeResult.of(Outcome.RECORDED, null);
        }
        ledger.attach(transition, open.get().id());
        timeline.add(new TimelineLine(open.get().id(), new TimelineEntry(notice.changedAt(), kind, ACTOR, message)));
        return IntakeResult.of(Outcome.NOTED, open.get().id());
    }

    /**
     * Recomputes occurrences, first alarm time and recovery from the attached transitions: recovered
     * when the latest OK is later than the latest ALARM. Auto-resolve alarms close on recovery.
     */
    private TransitionTally refresh(IncidentId id, AlarmIncident incident, AlarmRule rule,
            List<TimelineLine> timeline) {
        TransitionTally tally = ledger.tally(id);
        ledger.updateDerived(id, tally.occurrences(), tally.firstAlarmAt(), tally.recoveredAt());
        return closeIfResolved(id, incident, rule, tally, timeline);
    }

    /** {@link #refresh} of an incident with one more transition attached, in as few round trips as the ledger can. */
    private TransitionTally attachAndRefresh(long transition, IncidentId id, AlarmIncident incident, AlarmRule rule,
            List<TimelineLine> timeline) {
        return closeIfResolved(id, incident, rule, ledger.attachAndRefresh(transition, id), timeline);
    }

    private TransitionTally closeIfResolved(IncidentId id, AlarmIncident incident, AlarmRule rule,
            TransitionTally tally, List<TimelineLine> timeline) {
        Instant recoveredAt = tally.recoveredAt();
        if (recoveredAt != null && rule.autoResolve() && incident.closedAt() == null) {
            ledger.close(id, recoveredAt);
            timeline.add(new TimelineLine(id, closedEntry(recoveredAt)));
        }
        return tally;
    }

    private static TimelineEntry closedEntry(Instant at) {
        return new TimelineEntry(at, "CLOSED", ACTOR, "自動クローズ (回復により)");
    }

    private static TimelineEntry entry(AlarmNotice.StateChange change, String kind, String message) {
        return new TimelineEntry(change.changedAt(), kind, ACTOR, message);
    }

    private static Map<String, Object> details(AlarmNotice notice) {
        String what = notice instanceof AlarmNotice.StateChange s ? s.state().name()
                : "CONFIGURATION:" + ((AlarmNotice.ConfigurationChange) notice).operation();
        return Map.of("alarmArn", notice.alarm().arn(), "transition", what,
                "changedAt", notice.changedAt().toString());
    }
}
