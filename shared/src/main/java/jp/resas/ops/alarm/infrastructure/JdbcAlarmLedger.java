package jp.resas.ops.alarm.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.resas.ops.alarm.AlarmKind;
import jp.resas.ops.alarm.AlarmLedger;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.AlarmRule;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.audit.infrastructure.AuditRows;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.incident.infrastructure.OpenIncidents;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcAlarmLedger implements AlarmLedger {

    private final Sql sql;
    private final OpenIncidents open;
    private final AlarmRules rules;
    private final ObjectMapper json;

    JdbcAlarmLedger(Sql sql, OpenIncidents open, AlarmRules rules, ObjectMapper json) {
        this.sql = sql;
        this.open = open;
        this.rules = rules;
        this.json = json;
    }

    @Override
    public void register(AlarmRef alarm, AlarmKind kind) {
        // The upsert's row lock is held until commit: deliveries for one alarm queue here.
        sql.update("""
                INSERT INTO alarm (arn, name, account_id, region, kind) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (arn) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, last_seen_at = now()
                """, alarm.arn(), alarm.name(), alarm.accountId(), alarm.region(), kind);
    }

    @Override
    public OptionalLong record(AlarmNotice notice) {
        boolean state = notice instanceof AlarmNotice.StateChange;
        String value = state ? ((AlarmNotice.StateChange) notice).state().name()
                : ((AlarmNotice.ConfigurationChange) notice).operation();
        String reason = state ? ((AlarmNotice.StateChange) notice).reason() : null;
        return sql.queryOne("""
                INSERT INTO alarm_transition (alarm_arn, kind, state, changed_at, reason, route)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (alarm_arn, kind, state, changed_at) DO NOTHING
                RETURNING id
                """, row -> row.getLong(1), notice.alarm().arn(), state ? "STATE" : "CONFIGURATION", value,
                notice.changedAt(), reason, notice.route())
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * The alarm's upsert and the transition's insert in one statement. The upsert runs first and takes the alarm's
     * row lock (held until commit), so deliveries for one alarm still queue before their transition is written;
     * the insert's unique key still refuses a transition recorded before (any route).
     */
    @Override
    public OptionalLong registerAndRecord(AlarmNotice notice, AlarmKind kind) {
        boolean state = notice instanceof AlarmNotice.StateChange;
        String value = state ? ((AlarmNotice.StateChange) notice).state().name()
                : ((AlarmNotice.ConfigurationChange) notice).operation();
        String reason = state ? ((AlarmNotice.StateChange) notice).reason() : null;
        AlarmRef alarm = notice.alarm();
        return sql.queryOne("""
                WITH registered AS (
                    INSERT INTO alarm (arn, name, account_id, region, kind) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (arn) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, last_seen_at = now()
                    RETURNING arn)
                INSERT INTO alarm_transition (alarm_arn, kind, state, changed_at, reason, route)
                SELECT arn, ?, ?, ?, ?, ? FROM registered
                ON CONFLICT (alarm_arn, kind, state, changed_at) DO NOTHING
                RETURNING id
                """, row -> row.getLong(1), alarm.arn(), alarm.name(), alarm.accountId(), alarm.region(), kind,
                state ? "STATE" : "CONFIGURATION", value, notice.changedAt(), reason, notice.route())
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * One statement: V128's {@code alarm_intake_on_open_incident}, atomic without a transaction of the caller's. Its
     * upsert takes the alarm's row lock; its later statements each see what committed before them, so after the lock's
     * wait. Due times are computed again only when the update cleared them, as {@link #attachAndRefresh} does (the
     * function applies only changes that keep the opening, so it does not happen).
     */
    @Override
    public OneCall applyToOpenIncident(AlarmNotice.StateChange change, AlarmKind kind, String timelineKind,
            String messageFormat, AuditEntry audit) {
        record Row(OneCall done, boolean missing) {
        }
        AlarmRef alarm = change.alarm();
        Row row = sql.queryOne("""
                SELECT outcome, incident, occurrence_count, first_alarm_at, last_alarm_at, last_ok_at, due_times_missing
                FROM alarm_intake_on_open_incident(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, result -> switch (result.getString("outcome")) {
                    case "APPLIED" -> new Row(new OneCall(false, Optional.of(new Applied(
                            new IncidentId(result.getLong("incident")), new TransitionTally(
                            result.getInt("occurrence_count"), Sql.instant(result, "first_alarm_at"),
                            Sql.instant(result, "last_alarm_at"), Sql.instant(result, "last_ok_at"))))),
                            result.getBoolean("due_times_missing"));
                    case "DUPLICATE" -> new Row(OneCall.DUPLICATE, false);
                    case "STEPS" -> new Row(OneCall.STEPS, false);
                    default -> throw new IllegalStateException("unknown outcome " + result.getString("outcome"));
                }, alarm.arn(), alarm.name(), alarm.accountId(), alarm.region(), kind, change.state(),
                change.changedAt(), change.reason(), change.route(), timelineKind, messageFormat, audit.actor(),
                audit.action(), AuditRows.details(audit, json)).orElseThrow();
        if (row.missing()) {
            open.storeMissingDueTimes(row.done().applied().orElseThrow().incident().value());
        }
        return row.done();
    }

    @Override
    public Optional<AlarmIncident> openIncident(String alarmArn) {
        return sql.queryOne("SELECT id, opened_at, closed_at FROM incident WHERE alarm_arn = ? AND status <> 'CLOSED'",
                JdbcAlarmLedger::incident, alarmArn);
    }

    @Override
    public Optional<AlarmIncident> closedIncidentCovering(String alarmArn, Instant at) {
        return sql.queryOne("""
                SELECT id, opened_at, closed_at FROM incident
                WHERE alarm_arn = ? AND status = 'CLOSED' AND opened_at <= ? AND closed_at >= ?
                ORDER BY opened_at DESC LIMIT 1
                """, JdbcAlarmLedger::incident, alarmArn, at, at);
    }

    @Override
    public IncidentId openIncident(AlarmRef alarm, String title, int severity, Instant openedAt) {
        IncidentId id = sql.queryOne("""
                INSERT INTO incident (title, severity, status, source, alarm_arn, alarm_name, account_id, region,
                                      occurrences, opened_at)
                VALUES (?, ?, ?, 'ALARM', ?, ?, ?, ?, 0, ?) RETURNING id
                """, row -> new IncidentId(row.getLong(1)), title, severity, IncidentStatus.DETECTED, alarm.arn(),
                alarm.name(), alarm.accountId(), alarm.region(), openedAt).orElseThrow();
        open.storeMissingDueTimes(id.value());
        return id;
    }

    @Override
    public IncidentId closedIncident(AlarmRef alarm, String title, int severity, Instant openedAt, Instant closedAt) {
        return sql.queryOne("""
                INSERT INTO incident (title, severity, status, source, alarm_arn, alarm_name, account_id, region,
                                      occurrences, opened_at, closed_at)
                VALUES (?, ?, 'CLOSED', 'ALARM', ?, ?, ?, ?, 0, ?, ?) RETURNING id
                """, row -> new IncidentId(row.getLong(1)), title, severity, alarm.arn(), alarm.name(),
                alarm.accountId(), alarm.region(), openedAt, closedAt).orElseThrow();
    }

    @Override
    public void attach(long transitionId, IncidentId incident) {
        sql.update("UPDATE alarm_transition SET incident_id = ? WHERE id = ?", incident.value(), transitionId);
    }

    @Override
    public int attachUnassignedAfter(String alarmArn, Instant after, IncidentId incident) {
        return sql.update("""
                UPDATE alarm_transition SET incident_id = ?
                WHERE alarm_arn = ? AND kind = 'STATE' AND incident_id IS NULL AND changed_at > ?
                """, incident.value(), alarmArn, after);
    }

    @Override
    public TransitionTally tally(IncidentId incident) {
        return sql.queryOne("""
                SELECT count(*) FILTER (WHERE state = 'ALARM') AS occurrences,
                       min(changed_at) FILTER (WHERE state = 'ALARM') AS first_alarm,
                       max(changed_at) FILTER (WHERE state = 'ALARM') AS last_alarm,
                       max(changed_at) FILTER (WHERE state = 'OK') AS last_ok
                FROM alarm_transition WHERE incident_id = ? AND kind = 'STATE'
                """, row -> new TransitionTally(row.getInt("occurrences"), Sql.instant(row, "first_alarm"),
                Sql.instant(row, "last_alarm"), Sql.instant(row, "last_ok")), incident.value()).orElseThrow();
    }

    @Override
    public void updateDerived(IncidentId incident, int occurrences, Instant openedAt, Instant recoveredAt) {
        // A moved opened_at clears the stored due times (trigger); only then are they computed again.
        boolean missing = sql.queryOne("""
                UPDATE incident SET occurrences = ?, opened_at = ?, recovered_at = ?, updated_at = now(),
                                    version = version + 1
                WHERE id = ? RETURNING sla_queue_due_at IS NULL AND status <> 'CLOSED'
                """, row -> row.getBoolean(1), occurrences, openedAt, recoveredAt, incident.value()).orElse(false);
        if (missing) {
            open.storeMissingDueTimes(incident.value());
        }
    }

    /**
     * Attach, tally and store in one statement, in time that does not grow with the incident's history: the
     * incident's first and latest ALARM and latest OK are index probes ({@code alarm_transition_tally}, V121) over
     * its other transitions as they were (a statement's parts do not see each other's changes), merged with the one
     * being attached; its occurrences are the stored count plus one for an ALARM (every writer stores the count of
     * the ALARM transitions attached, and a transition is attached here once: it was just recorded). Recovered as
     * {@link TransitionTally#recoveredAt} says (the latest OK later than the latest ALARM). Due times are computed
     * again only when the update cleared them (a moved opened_at), as {@link #updateDerived} does.
     */
    @Override
    public TransitionTally attachAndRefresh(long transitionId, IncidentId incident) {
        record Refreshed(TransitionTally tally, boolean missing) {
        }
        Refreshed refreshed = sql.queryOne("""
                WITH attached AS (
                    UPDATE alarm_transition SET incident_id = ? WHERE id = ?
                    RETURNING CASE WHEN kind = 'STATE' AND state = 'ALARM' THEN changed_at END AS alarm_at,
                              CASE WHEN kind = 'STATE' AND state = 'OK' THEN changed_at END AS ok_at),
                tally AS (
                    SELECT (SELECT count(alarm_at) FROM attached) AS added,
                           least((SELECT min(changed_at) FROM alarm_transition
                                  WHERE incident_id = ? AND kind = 'STATE' AND state = 'ALARM'),
                                 (SELECT alarm_at FROM attached)) AS first_alarm,
                           greatest((SELECT max(changed_at) FROM alarm_transition
                                     WHERE incident_id = ? AND kind = 'STATE' AND state = 'ALARM'),
                                    (SELECT alarm_at FROM attached)) AS last_alarm,
                           greatest((SELECT max(changed_at) FROM alarm_transition
                                     WHERE incident_id = ? AND kind = 'STATE' AND state = 'OK'),
                                    (SELECT ok_at FROM attached)) AS last_ok)
                UPDATE incident SET occurrences = incident.occurrences + tally.added, opened_at = tally.first_alarm,
                                    recovered_at = CASE WHEN tally.last_ok > tally.last_alarm THEN tally.last_ok END,
                                    updated_at = now(), version = version + 1
                FROM tally WHERE incident.id = ?
                RETURNING incident.occurrences, tally.first_alarm, tally.last_alarm, tally.last_ok,
                          incident.sla_queue_due_at IS NULL AND incident.status <> 'CLOSED' AS missing
                """, row -> new Refreshed(new TransitionTally(row.getInt("occurrences"), Sql.instant(row, "first_alarm"),
                Sql.instant(row, "last_alarm"), Sql.instant(row, "last_ok")), row.getBoolean("missing")),
                incident.value(), transitionId, incident.value(), incident.value(), incident.value(), incident.value())
                .orElseThrow(() -> new IllegalStateException("incident " + incident.value() + " does not exist"));
        if (refreshed.missing()) {
            open.storeMissingDueTimes(incident.value());
        }
        return refreshed.tally();
    }

    @Override
    public void close(IncidentId incident, Instant closedAt) {
        sql.update("""
                UPDATE incident SET status = 'CLOSED', closed_at = ?, updated_at = now(), version = version + 1
                WHERE id = ?
                """, closedAt, incident.value());
    }

    @Override
    public void appendTimeline(IncidentId incident, TimelineEntry entry) {
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message) VALUES (?, ?, ?, ?, ?)",
                incident.value(), entry.at(), entry.kind(), entry.actor(), entry.message());
    }

    /**
     * One statement: the timeline rows (a data-modifying CTE, its VALUES rows numbered in their order) and the
     * audit row. The audit log given is not called: its row is written here as {@link AuditRows} writes it.
     */
    @Override
    public void appendTimelineAndAudit(List<TimelineLine> lines, AuditEntry entry, AuditLog audit) {
        List<Object> params = new ArrayList<>(lines.size() * 5 + 6);
        StringBuilder statement = new StringBuilder();
        if (!lines.isEmpty()) {
            statement.append("WITH timeline AS (INSERT INTO incident_timeline (incident_id, at, kind, actor, message) "
                    + "VALUES ");
            for (int i = 0; i < lines.size(); i++) {
                TimelineLine line = lines.get(i);
                statement.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
                params.addAll(List.of(line.incident().value(), line.entry().at(), line.entry().kind(),
                        line.entry().actor(), line.entry().message()));
            }
            statement.append(") ");
        }
        statement.append(AuditRows.INSERT);
        params.addAll(Arrays.asList(AuditRows.values(entry, json)));
        sql.update(statement.toString(), params.toArray());
    }

    /** The first rule (by position) that matches, from {@link AlarmRules} (read again once they are older than a minute). */
    @Override
    public AlarmRule ruleFor(String alarmName) {
        return rules.ruleFor(alarmName);
    }

    @Override
    public java.util.List<jp.resas.ops.alarm.AlarmEpisodes.StateTransition> stateTransitions(String alarmArn) {
        return sql.query("""
                SELECT id, state, changed_at, incident_id FROM alarm_transition
                WHERE alarm_arn = ? AND kind = 'STATE' AND state IN ('ALARM', 'OK') ORDER BY changed_at, id
                """, row -> new jp.resas.ops.alarm.AlarmEpisodes.StateTransition(row.getLong("id"),
                jp.resas.ops.alarm.AlarmState.valueOf(row.getString("state")), Sql.instant(row, "changed_at"),
                (Long) row.getObject("incident_id")), alarmArn);
    }

    @Override
    public Optional<AlarmIncident> incident(IncidentId incident) {
        return sql.queryOne("SELECT id, opened_at, closed_at FROM incident WHERE id = ?", JdbcAlarmLedger::incident,
                incident.value());
    }

    private static AlarmIncident incident(ResultSet row) throws SQLException {
        return new AlarmIncident(new IncidentId(row.getLong("id")), Sql.instant(row, "opened_at"),
                Sql.instant(row, "closed_at"));
    }
}
