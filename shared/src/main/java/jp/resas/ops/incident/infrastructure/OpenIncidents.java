package jp.resas.ops.incident.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.incident.IncidentLifecycle;
import jp.resas.ops.incident.IncidentSla;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.Severity;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.SlaTimeline;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.ticket.OpenWork;
import jp.resas.ops.ticket.QueueFilter;
import jp.resas.ops.ticket.QueuePosition;
import jp.resas.ops.ticket.SlaEvaluation;
import jp.resas.ops.ticket.SlaSnapshot;
import jp.resas.ops.ticket.WorkItem;
import jp.resas.ops.ticket.infrastructure.QueueSql;

/**
 * The incidents not yet closed, as queue work: priority from severity, SLA facts as the incident's
 * own SLA counts them, raised by whoever opened it by hand (an alarm's incident has no requester).
 * Keeps their stored due times: the incident writers call {@link #storeMissingDueTimes(long)} after a change.
 */
@Singleton
public final class OpenIncidents implements OpenWork {

    static final int RANK = 0;
    private static final String OPEN = "status <> 'CLOSED'";
    private static final String COLUMNS = "id, title, severity, status, created_by, assignee, opened_at, version, "
            + "responded_at, mitigated_at, resolved_at, closed_at, sla_queue_due_at";
    private static final String FACTS = "id, severity, opened_at, responded_at, mitigated_at, resolved_at, closed_at";

    private record Facts(long id, int severity, SlaTimeline timeline) {
    }

    private final Sql sql;
    private final SlaEvaluation sla;

    OpenIncidents(Sql sql, SlaEvaluation sla) {
        this.sql = sql;
        this.sla = sla;
    }

    @Override
    public int rank() {
        return RANK;
    }

    @Override
    public List<WorkItem> page(QueueFilter filter, Optional<QueuePosition> after, int limit) {
        List<Object> params = new ArrayList<>();
        String query = QueueSql.page(COLUMNS, "incident", OPEN, "created_by", RANK, filter, after, limit, params);
        return sql.query(query, row -> {
            IncidentStatus status = IncidentStatus.valueOf(row.getString("status"));
            return new WorkItem("INCIDENT", row.getLong("id"), row.getString("title"),
                    Severity.priority(row.getInt("severity")), status.name(), IncidentLifecycle.label(status),
                    row.getString("created_by"), row.getString("assignee"), Sql.instant(row, "opened_at"),
                    row.getLong("version"), Optional.of(TicketType.INCIDENT), timeline(row),
                    new QueuePosition(Sql.instant(row, "sla_queue_due_at"), RANK, row.getLong("id")));
        }, params.toArray());
    }

    /**
     * Stores one incident's due times if it has none (new, or an SLA fact changed: a trigger clears them), in
     * the transaction that changed it; the calendar and policies are read only then.
     */
    public void storeMissingDueTimes(long id) {
        List<Facts> missing = sql.query("SELECT " + FACTS + " FROM incident WHERE id = ? AND " + OPEN
                + " AND sla_queue_due_at IS NULL", OpenIncidents::facts, id);
        if (!missing.isEmpty()) {
            store(sla.snapshot(), missing);
        }
    }

    @Override
    public int computeMissingDueTimes(SlaSnapshot now) {
        int total = 0;
        int done;
        do {
            done = computeMissingDueTimes(now, QueueSql.BATCH);
            total += done;
        } while (done == QueueSql.BATCH);
        return total;
    }

    @Override
    public int computeMissingDueTimes(SlaSnapshot now, int limit) {
        List<Facts> batch = sql.query("SELECT " + FACTS + " FROM incident WHERE " + OPEN
                + " AND sla_queue_due_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", OpenIncidents::facts,
                limit);
        store(now, batch);
        return batch.size();
    }

    @Override
    public void forgetDueTimes() {
        sql.update("UPDATE incident SET sla_response_due_at = NULL, sla_resolution_due_at = NULL, "
                + "sla_queue_due_at = NULL WHERE " + OPEN);
    }

    private void store(SlaSnapshot now, List<Facts> incidents) {
        QueueSql.store(sql, "incident", incidents, Facts::id, f -> now.dueTimes(Optional.of(TicketType.INCIDENT),
                Severity.priority(f.severity()), f.timeline()));
    }

    private static Facts facts(ResultSet row) throws SQLException {
        return new Facts(row.getLong("id"), row.getInt("severity"), timeline(row));
    }

    private static SlaTimeline timeline(ResultSet row) throws SQLException {
        return IncidentSla.timeline(Sql.instant(row, "opened_at"), Sql.instant(row, "responded_at"),
                Sql.instant(row, "mitigated_at"), Sql.instant(row, "resolved_at"), Sql.instant(row, "closed_at"));
    }
}
