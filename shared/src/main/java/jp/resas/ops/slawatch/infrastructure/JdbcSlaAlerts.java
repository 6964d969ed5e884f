package jp.resas.ops.slawatch.infrastructure;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.incident.IncidentSla;
import jp.resas.ops.incident.Severity;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slawatch.SlaAlert;
import jp.resas.ops.slawatch.SlaAlerts;
import jp.resas.ops.slawatch.WatchedTicket;
import jp.resas.ops.ticket.Tickets;

@Singleton
final class JdbcSlaAlerts implements SlaAlerts {

    private final Sql sql;
    private final Tickets tickets;

    JdbcSlaAlerts(Sql sql, Tickets tickets) {
        this.sql = sql;
        this.tickets = tickets;
    }

    @Override
    public List<WatchedTicket> watched() {
        List<WatchedTicket> watched = new ArrayList<>();
        tickets.open().forEach(t -> t.kind().slaType().ifPresent(type ->
                watched.add(new WatchedTicket(type, t.id().value(), t.title(), t.priority(), t.slaTimeline()))));
        watched.addAll(sql.query("""
                SELECT id, title, severity, opened_at, responded_at, mitigated_at, resolved_at, closed_at
                FROM incident WHERE status <> 'CLOSED'
                """, row -> new WatchedTicket(TicketType.INCIDENT, row.getLong("id"), row.getString("title"),
                Severity.priority(row.getInt("severity")), IncidentSla.timeline(Sql.instant(row, "opened_at"),
                        Sql.instant(row, "responded_at"), Sql.instant(row, "mitigated_at"),
                        Sql.instant(row, "resolved_at"), Sql.instant(row, "closed_at")))));
        return watched;
    }

    @Override
    public boolean claim(SlaAlert a) {
        return sql.update("""
                INSERT INTO sla_alert (ticket_type, ticket_id, clock, level, due_at, raised_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, a.type(), a.ticketId(), a.clock(), a.level(), a.dueAt(), a.raisedAt()) == 1;
    }

    @Override
    public void appendTimeline(SlaAlert a) {
        String table = a.type() == TicketType.INCIDENT ? "incident_timeline (incident_id" : "ticket_timeline (ticket_id";
        sql.update("INSERT INTO " + table + ", at, kind, actor, message) VALUES (?, ?, ?, ?, ?)", a.ticketId(),
                a.raisedAt(), "SLA_" + a.level().name(), "system:ticket-sla", a.message());
    }
}
