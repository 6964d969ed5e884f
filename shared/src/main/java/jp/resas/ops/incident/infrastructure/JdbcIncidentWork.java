package jp.resas.ops.incident.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.incident.IncidentCase;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.incident.IncidentStages;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.IncidentWork;
import jp.resas.ops.incident.Incidents;
import jp.resas.ops.incident.NewIncident;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcIncidentWork implements IncidentWork {

    private static final String CASE = "id, title, status, severity, major, assignee, impact, cause, workaround, "
            + "permanent_fix, prevention, version";

    private final Sql sql;
    private final Incidents incidents;
    private final OpenIncidents open;

    JdbcIncidentWork(Sql sql, Incidents incidents, OpenIncidents open) {
        this.sql = sql;
        this.incidents = incidents;
        this.open = open;
    }

    @Override
    public Optional<IncidentCase> lock(IncidentId id) {
        return sql.queryOne("SELECT " + CASE + " FROM incident WHERE id = ? FOR UPDATE", JdbcIncidentWork::incidentCase,
                id.value());
    }

    @Override
    public IncidentId raise(NewIncident incident, String createdBy, Instant at) {
        IncidentId id = sql.queryOne("""
                INSERT INTO incident (title, severity, major, impact, status, source, opened_at, created_by)
                VALUES (?, ?, ?, ?, 'DETECTED', 'MANUAL', ?, ?) RETURNING id
                """, row -> new IncidentId(row.getLong(1)), incident.title(), incident.severity(), incident.major(),
                incident.impact(), at, createdBy).orElseThrow();
        open.storeMissingDueTimes(id.value());
        return id;
    }

    @Override
    public void moveTo(IncidentId id, IncidentStatus to, Instant at, IncidentReport report) {
        String stage = switch (to) {
            case MITIGATED -> "mitigated_at";
            case ROOT_CAUSE_IDENTIFIED -> "root_cause_at";
            case RESOLVED -> "resolved_at";
            case CLOSED -> "closed_at";
            case DETECTED -> throw new IllegalArgumentException("no transition leads to DETECTED");
        };
        sql.update("UPDATE incident SET status = ?, " + stage + " = ?, responded_at = coalesce(responded_at, ?), "
                + "impact = ?, cause = ?, workaround = ?, permanent_fix = ?, prevention = ?, updated_at = now(), "
                + "version = version + 1 WHERE id = ?", to, at, at, report.impact(), report.cause(),
                report.workaround(), report.permanentFix(), report.prevention(), id.value());
        open.storeMissingDueTimes(id.value());
    }

    @Override
    public void update(IncidentCase changed, Instant at) {
        IncidentReport report = changed.report();
        sql.update("""
                UPDATE incident SET severity = ?, major = ?, assignee = ?, impact = ?, cause = ?, workaround = ?,
                       permanent_fix = ?, prevention = ?, responded_at = coalesce(responded_at, ?),
                       updated_at = now(), version = version + 1
                WHERE id = ?
                """, changed.severity(), changed.major(), changed.assignee(), report.impact(), report.cause(),
                report.workaround(), report.permanentFix(), report.prevention(), at, changed.id().value());
        open.storeMissingDueTimes(changed.id().value());
    }

    @Override
    public Optional<IncidentDossier> dossier(IncidentId id) {
        return incidents.find(id).flatMap(detail -> sql.queryOne(
                "SELECT " + CASE + ", responded_at, mitigated_at, root_cause_at, resolved_at FROM incident WHERE id = ?",
                row -> new IncidentDossier(detail.incident(), incidentCase(row), stages(row), detail.timeline()),
                id.value()));
    }

    @Override
    public List<IncidentDossier> majorDossiers(Instant from, Instant before) {
        List<IncidentDossier> bare = sql.query("SELECT " + JdbcIncidents.COLUMNS + ", major, assignee, impact, cause, "
                + "workaround, permanent_fix, prevention, version, responded_at, mitigated_at, root_cause_at, "
                + "resolved_at FROM incident WHERE major AND opened_at >= ? AND opened_at < ? ORDER BY opened_at DESC, id DESC", row -> new IncidentDossier(
                        JdbcIncidents.incident(row), incidentCase(row), stages(row), List.of()), from, before);
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<TimelineEntry>> timelines = new HashMap<>();
        sql.query("SELECT incident_id, at, kind, actor, message FROM incident_timeline WHERE incident_id = ANY (?) "
                + "ORDER BY incident_id, at, id", row -> timelines.computeIfAbsent(row.getLong("incident_id"),
                        k -> new ArrayList<>()).add(new TimelineEntry(Sql.instant(row, "at"), row.getString("kind"),
                        row.getString("actor"), row.getString("message"))),
                (Object) bare.stream().map(d -> d.incident().id().value()).toArray(Long[]::new));
        return bare.stream().map(d -> new IncidentDossier(d.incident(), d.work(), d.stages(),
                timelines.getOrDefault(d.incident().id().value(), List.of()))).toList();
    }

    private static IncidentStages stages(ResultSet row) throws SQLException {
        return new IncidentStages(Sql.instant(row, "responded_at"), Sql.instant(row, "mitigated_at"),
                Sql.instant(row, "root_cause_at"), Sql.instant(row, "resolved_at"));
    }

    private static IncidentCase incidentCase(ResultSet row) throws SQLException {
        return new IncidentCase(new IncidentId(row.getLong("id")), row.getString("title"),
                IncidentStatus.valueOf(row.getString("status")), row.getInt("severity"), row.getBoolean("major"),
                row.getString("assignee"), new IncidentReport(row.getString("impact"), row.getString("cause"),
                        row.getString("workaround"), row.getString("permanent_fix"), row.getString("prevention")),
                row.getLong("version"));
    }
}
