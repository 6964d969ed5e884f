package jp.resas.ops.incident.infrastructure;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.incident.IncidentLifecycle;
import jp.resas.ops.incident.IncidentSla;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.Severity;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.ticket.OpenWork;
import jp.resas.ops.ticket.WorkItem;

/**
 * The incidents not yet closed, as queue work: priority from severity, SLA facts as the incident's
 * own SLA counts them, raised by whoever opened it by hand (an alarm's incident has no requester).
 */
@Singleton
final class OpenIncidents implements OpenWork {

    private final Sql sql;

    OpenIncidents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<WorkItem> open() {
        return sql.query("""
                SELECT id, title, severity, status, created_by, assignee, opened_at, version,
                       responded_at, mitigated_at, resolved_at, closed_at
                FROM incident WHERE status <> 'CLOSED' ORDER BY id
                """, row -> {
                    IncidentStatus status = IncidentStatus.valueOf(row.getString("status"));
                    return new WorkItem("INCIDENT", row.getLong("id"), row.getString("title"),
                            Severity.priority(row.getInt("severity")), status.name(), IncidentLifecycle.label(status),
                            row.getString("created_by"), row.getString("assignee"), Sql.instant(row, "opened_at"),
                            row.getLong("version"), Optional.of(TicketType.INCIDENT), IncidentSla.timeline(
                                    Sql.instant(row, "opened_at"), Sql.instant(row, "responded_at"),
                                    Sql.instant(row, "mitigated_at"), Sql.instant(row, "resolved_at"),
                                    Sql.instant(row, "closed_at")));
                });
    }
}
