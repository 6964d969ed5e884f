package jp.resas.ops.incident.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.incident.Incident;
import jp.resas.ops.incident.IncidentDetail;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentPage;
import jp.resas.ops.incident.IncidentQuery;
import jp.resas.ops.incident.IncidentSource;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.Incidents;
import jp.resas.ops.incident.PageCursor;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcIncidents implements Incidents {

    static final String COLUMNS = "id, title, severity, status, source, alarm_name, alarm_arn, occurrences, "
            + "opened_at, recovered_at, closed_at";

    private final Sql sql;

    JdbcIncidents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public IncidentPage list(IncidentQuery query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        query.status().ifPresent(status -> {
            where.append(" AND status = ?");
            params.add(status);
        });
        query.severity().ifPresent(severity -> {
            where.append(" AND severity = ?");
            params.add(severity);
        });
        query.source().ifPresent(source -> {
            where.append(" AND source = ?");
            params.add(source.name());
        });
        query.openedFrom().ifPresent(from -> {
            where.append(" AND opened_at >= ?");
            params.add(from);
        });
        query.openedBefore().ifPresent(before -> {
            where.append(" AND opened_at < ?");
            params.add(before);
        });
        query.text().ifPresent(text -> {
            where.append(" AND (title ILIKE ? ESCAPE '\\' OR alarm_name ILIKE ? ESCAPE '\\')");
            String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        });
        query.after().ifPresent(cursor -> {
            where.append(" AND (opened_at, id) < (?, ?)");
            params.add(cursor.openedAt());
            params.add(cursor.id());
        });
        params.add(query.limit() + 1);
        List<Incident> rows = sql.query("SELECT " + COLUMNS + " FROM incident" + where
                + " ORDER BY opened_at DESC, id DESC LIMIT ?", JdbcIncidents::incident, params.toArray());
        if (rows.size() <= query.limit()) {
            return new IncidentPage(rows, Optional.empty());
        }
        Incident last = rows.get(query.limit() - 1);
        return new IncidentPage(rows.subList(0, query.limit()),
                Optional.of(new PageCursor(last.openedAt(), last.id().value())));
    }

    @Override
    public Optional<IncidentDetail> find(IncidentId id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM incident WHERE id = ?", JdbcIncidents::incident, id.value())
                .map(incident -> new IncidentDetail(incident, sql.query(
                        "SELECT at, kind, actor, message FROM incident_timeline WHERE incident_id = ? ORDER BY at, id",
                        row -> new TimelineEntry(Sql.instant(row, "at"), row.getString("kind"),
                                row.getString("actor"), row.getString("message")), id.value())));
    }

    @Override
    public boolean appendTimeline(IncidentId id, TimelineEntry entry) {
        return sql.update("""
                INSERT INTO incident_timeline (incident_id, at, kind, actor, message)
                SELECT id, ?, ?, ?, ? FROM incident WHERE id = ?
                """, entry.at(), entry.kind(), entry.actor(), entry.message(), id.value()) == 1;
    }

    static Incident incident(ResultSet row) throws SQLException {
        return new Incident(new IncidentId(row.getLong("id")), row.getString("title"), row.getInt("severity"),
                IncidentStatus.valueOf(row.getString("status")), IncidentSource.valueOf(row.getString("source")),
                row.getString("alarm_name"), row.getString("alarm_arn"), row.getInt("occurrences"),
                Sql.instant(row, "opened_at"), Sql.instant(row, "recovered_at"), Sql.instant(row, "closed_at"));
    }
}
