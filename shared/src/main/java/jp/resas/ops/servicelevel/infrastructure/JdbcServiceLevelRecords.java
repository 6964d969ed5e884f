package jp.resas.ops.servicelevel.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.incident.IncidentSla;
import jp.resas.ops.incident.Severity;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.servicelevel.HandledTicket;
import jp.resas.ops.servicelevel.RatedInquiry;
import jp.resas.ops.servicelevel.Rating;
import jp.resas.ops.servicelevel.ServiceLevelRecords;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaTimeline;

@Singleton
final class JdbcServiceLevelRecords implements ServiceLevelRecords {

    private final Sql sql;

    JdbcServiceLevelRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<RatedInquiry> inquiry(long id) {
        return sql.queryOne("SELECT id, requester, status, fields->>'channel' AS channel FROM ticket "
                + "WHERE id = ? AND kind = 'INQUIRY'", row -> new RatedInquiry(row.getLong("id"),
                row.getString("requester"), row.getString("status"), row.getString("channel")), id);
    }

    @Override
    public boolean rate(Rating r) {
        return sql.update("INSERT INTO satisfaction_rating (ticket_id, score, comment, rated_by, rated_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", r.ticketId(), r.score(), r.comment(), r.ratedBy(),
                r.ratedAt()) == 1;
    }

    @Override
    public List<Rating> ratingsBetween(Instant from, Instant to) {
        return sql.query("""
                SELECT r.ticket_id, r.score, r.comment, r.rated_by, r.rated_at, t.fields->>'channel' AS channel
                FROM satisfaction_rating r JOIN ticket t ON t.id = r.ticket_id
                WHERE r.rated_at >= ? AND r.rated_at < ? ORDER BY r.rated_at
                """, row -> new Rating(row.getLong("ticket_id"), row.getInt("score"), row.getString("comment"),
                row.getString("rated_by"), Sql.instant(row, "rated_at"), row.getString("channel")), from, to);
    }

    @Override
    public List<HandledTicket> openedBetween(Instant from, Instant to) {
        List<HandledTicket> handled = new ArrayList<>(sql.query("""
                SELECT kind, priority, created_at, first_responded_at, resolved_at FROM ticket
                WHERE kind <> 'ISSUE' AND created_at >= ? AND created_at < ?
                """, row -> new HandledTicket(row.getString("kind"), Priority.valueOf(row.getString("priority")),
                Sql.instant(row, "created_at"), Sql.instant(row, "first_responded_at"),
                Sql.instant(row, "resolved_at")), from, to));
        handled.addAll(sql.query("""
                SELECT severity, opened_at, responded_at, mitigated_at, resolved_at, closed_at FROM incident
                WHERE opened_at >= ? AND opened_at < ?
                """, row -> {
                    SlaTimeline t = IncidentSla.timeline(Sql.instant(row, "opened_at"), Sql.instant(row, "responded_at"),
                            Sql.instant(row, "mitigated_at"), Sql.instant(row, "resolved_at"),
                            Sql.instant(row, "closed_at"));
                    return new HandledTicket("INCIDENT", Severity.priority(row.getInt("severity")), t.createdAt(),
                            t.firstRespondedAt(), t.resolvedAt());
                }, from, to));
        return handled;
    }
}
