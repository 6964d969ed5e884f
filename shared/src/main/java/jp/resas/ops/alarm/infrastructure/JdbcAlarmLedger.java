package jp.resas.ops.alarm.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import jp.resas.ops.alarm.AlarmKind;
import jp.resas.ops.alarm.AlarmLedger;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.AlarmRule;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.incident.infrastructure.OpenIncidents;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcAlarmLedger implements AlarmLedger {

    private final Sql sql;
    private final OpenIncidents open;

    JdbcAlarmLedger(Sql sql, OpenIncidents open) {
        this.sql = sql;
        this.open = open;
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
     * Attach, tally and store in one statement: the tally reads the incident's other transitions as they were
     * and adds the one being attached (a statement's parts do not see each other's changes); recovered as
     * {@link TransitionTally#recoveredAt} says (the latest OK later than the latest ALARM). Due times are computed
     * again only when the update cleared them (a moved opened_at), as {@link #updateDerived} does.
     */
    @Override
    public TransitionTally attachAndRefresh(long transitionId, IncidentId incident) {
        record Refreshed(TransitionTally tally, boolean missing) {
        }
        Refreshed refreshed = sql.queryOne("""
                WITH attached AS (
                    UPDATE alarm_transition SET incident_id = ? WHERE id = ? RETURNING kind, state, changed_at),
                facts AS (
                    SELECT state, changed_at FROM alarm_transition WHERE incident_id = ? AND kind = 'STATE' AND id <> ?
                    UNION ALL
                    SELECT state, changed_at FROM attached WHERE kind = 'STATE'),
                tally AS (
                    SELECT count(*) FILTER (WHERE state = 'ALARM') AS occurrences,
                           min(changed_at) FILTER (WHERE state = 'ALARM') AS first_alarm,
                           max(changed_at) FILTER (WHERE state = 'ALARM') AS last_alarm,
                           max(changed_at) FILTER (WHERE state = 'OK') AS last_ok
                    FROM facts)
                UPDATE incident SET occurrences = tally.occurrences, opened_at = tally.first_alarm,
                                    recovered_at = CASE WHEN tally.last_ok > tally.last_alarm THEN tally.last_ok END,
                                    updated_at = now(), version = version + 1
                FROM tally WHERE incident.id = ?
                RETURNING tally.occurrences, tally.first_alarm, tally.last_alarm, tally.last_ok,
                          incident.sla_queue_due_at IS NULL AND incident.status <> 'CLOSED' AS missing
                """, row -> new Refreshed(new TransitionTally(row.getInt("occurrences"), Sql.instant(row, "first_alarm"),
                Sql.instant(row, "last_alarm"), Sql.instant(row, "last_ok")), row.getBoolean("missing")),
                incident.value(), transitionId, incident.value(), transitionId, incident.value())
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

    @Override
    public AlarmRule ruleFor(String alarmName) {
        return sql.query("SELECT name_pattern, severity, auto_resolve FROM alarm_rule ORDER BY position",
                        row -> new AlarmRule(row.getString(1), row.getInt(2), row.getBoolean(3)))
                .stream().filter(rule -> rule.matches(alarmName)).findFirst().orElse(AlarmRule.DEFAULT);
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
