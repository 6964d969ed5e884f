package jp.resas.ops.ticket.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.Pause;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.Approval;
import jp.resas.ops.ticket.QueueFilter;
import jp.resas.ops.ticket.QueuePosition;
import jp.resas.ops.ticket.SlaEvaluation;
import jp.resas.ops.ticket.SlaSnapshot;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketCursor;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketPage;
import jp.resas.ops.ticket.TicketQuery;
import jp.resas.ops.ticket.Tickets;

@Singleton
final class JdbcTickets implements Tickets {

    private static final String COLUMNS = "id, kind, title, priority, status, requester, assignee, due_date, "
            + "fields::text AS fields, created_at, first_responded_at, resolved_at, closed_at, version, "
            + "approved_content::text AS approved_content, content_authors";
    private static final String OPEN = "closed_at IS NULL";
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() { };

    private final Sql sql;
    private final ObjectMapper json;
    /** The fields' reader resolved once, not per row (issue 18: a list reads one or two JSON columns a row). */
    private final ObjectReader fieldsReader;
    private final SlaEvaluation sla;

    JdbcTickets(Sql sql, ObjectMapper json, SlaEvaluation sla) {
        this.sql = sql;
        this.json = json;
        this.fieldsReader = json.readerFor(FIELDS);
        this.sla = sla;
    }

    @Override
    public TicketId insert(TicketKind kind, NewTicket ticket, String status, String requester, Instant at) {
        TicketId id = sql.queryOne("""
                INSERT INTO ticket (kind, title, priority, status, requester, assignee, due_date, fields, created_at,
                                    content_authors)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ARRAY[?]) RETURNING id
                """, row -> new TicketId(row.getLong(1)), kind, ticket.title(), ticket.priority(), status, requester,
                ticket.assignee(), ticket.dueDate(), write(ticket.fields()), at, requester).orElseThrow();
        storeDueTimes(id.value());
        return id;
    }

    @Override
    public Optional<Ticket> find(TicketKind kind, TicketId id) {
        return withPauses(sql.queryOne("SELECT " + COLUMNS + " FROM ticket WHERE id = ? AND kind = ?", this::ticket,
                id.value(), kind));
    }

    @Override
    public Optional<Ticket> lock(TicketKind kind, TicketId id) {
        return withPauses(sql.queryOne("SELECT " + COLUMNS + " FROM ticket WHERE id = ? AND kind = ? FOR UPDATE",
                this::ticket, id.value(), kind));
    }

    @Override
    public void save(Ticket t) {
        sql.update("""
                UPDATE ticket SET status = ?, assignee = ?, fields = ?, first_responded_at = ?, resolved_at = ?,
                       closed_at = ?, version = ?, title = ?, priority = ?, due_date = ?, approved_content = ?,
                       content_authors = ?, updated_at = now()
                WHERE id = ?
                """, t.status(), t.assignee(), write(t.fields()), t.firstRespondedAt(), t.resolvedAt(), t.closedAt(),
                t.version(), t.title(), t.priority(), t.dueDate(), t.approvedContent().map(this::write).orElse(null),
                t.authors().stream().sorted().toArray(String[]::new), t.id().value());
        storeDueTimes(t.id().value());
    }

    @Override
    public void startPause(TicketId id, PauseReason reason, Instant at) {
        sql.update("INSERT INTO ticket_pause (ticket_id, reason, from_at) VALUES (?, ?, ?)", id.value(), reason, at);
        storeDueTimes(id.value());
    }

    @Override
    public void endPause(TicketId id, Instant at) {
        // A pause ended in the instant it began counts for nothing; the CHECK forbids an empty span.
        sql.update("DELETE FROM ticket_pause WHERE ticket_id = ? AND until_at IS NULL AND from_at >= ?", id.value(), at);
        sql.update("UPDATE ticket_pause SET until_at = ? WHERE ticket_id = ? AND until_at IS NULL", at, id.value());
        storeDueTimes(id.value());
    }

    @Override
    public void appendTimeline(TicketId id, TicketEvent e) {
        sql.update("INSERT INTO ticket_timeline (ticket_id, at, kind, actor, message) VALUES (?, ?, ?, ?, ?)",
                id.value(), e.at(), e.kind(), e.actor(), e.message());
    }

    @Override
    public List<TicketEvent> timeline(TicketId id) {
        return sql.query("SELECT at, kind, actor, message FROM ticket_timeline WHERE ticket_id = ? ORDER BY at, id",
                row -> new TicketEvent(Sql.instant(row, "at"), row.getString("kind"), row.getString("actor"),
                        row.getString("message")), id.value());
    }

    @Override
    public void recordApproval(TicketId id, Approval a) {
        sql.update("INSERT INTO ticket_approval (ticket_id, decision, approver, at, comment) VALUES (?, ?, ?, ?, ?)",
                id.value(), a.decision(), a.approver(), a.at(), a.comment());
    }

    @Override
    public List<Approval> approvals(TicketId id) {
        return sql.query("SELECT decision, approver, at, comment FROM ticket_approval WHERE ticket_id = ? ORDER BY at, id",
                row -> new Approval(Approval.Decision.valueOf(row.getString(1)), row.getString(2),
                        Sql.instant(row, "at"), row.getString(4)), id.value());
    }

    @Override
    public TicketPage list(TicketQuery query) {
        StringBuilder where = new StringBuilder(" WHERE kind = ?");
        List<Object> params = new ArrayList<>(List.of(query.kind()));
        filter(where, params, "status", query.status());
        filter(where, params, "priority", query.priority());
        filter(where, params, "assignee", query.assignee());
        filter(where, params, "requester", query.requester());
        query.createdFrom().ifPresent(from -> {
            where.append(" AND created_at >= ?");
            params.add(from);
        });
        query.createdBefore().ifPresent(before -> {
            where.append(" AND created_at < ?");
            params.add(before);
        });
        query.text().ifPresent(text -> {
            where.append(" AND title ILIKE ? ESCAPE '\\'");
            params.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        query.after().ifPresent(cursor -> {
            where.append(" AND (created_at, id) < (?, ?)");
            params.add(cursor.createdAt());
            params.add(cursor.id());
        });
        params.add(query.limit() + 1);
        List<Ticket> rows = pauses(sql.query("SELECT " + COLUMNS + " FROM ticket" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ?", this::ticket, params.toArray()));
        if (rows.size() <= query.limit()) {
            return new TicketPage(rows, Optional.empty());
        }
        Ticket last = rows.get(query.limit() - 1);
        return new TicketPage(rows.subList(0, query.limit()),
                Optional.of(new TicketCursor(last.createdAt(), last.id().value())));
    }

    @Override
    public List<Ticket> open() {
        return pauses(sql.query("SELECT " + COLUMNS + " FROM ticket WHERE closed_at IS NULL ORDER BY id", this::ticket));
    }

    /** The tickets of one queue page (see {@link QueueSql#page}), each with its stored queue due time. */
    List<QueuedTicket> queued(QueueFilter filter, Optional<QueuePosition> after, int rank, int limit) {
        List<Object> params = new ArrayList<>();
        String query = QueueSql.page(COLUMNS + ", sla_queue_due_at", "ticket", OPEN, "requester", rank, filter, after,
                limit, params);
        List<QueuedTicket> rows = sql.query(query, row -> new QueuedTicket(ticket(row),
                Sql.instant(row, "sla_queue_due_at")), params.toArray());
        List<Ticket> withPauses = pauses(rows.stream().map(QueuedTicket::ticket).toList());
        List<QueuedTicket> page = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            page.add(new QueuedTicket(withPauses.get(i), rows.get(i).due()));
        }
        return page;
    }

    /**
     * Stores one ticket's due times if it has none (new, or an SLA fact or pause changed: triggers clear them),
     * in the transaction that changed it; the calendar and policies are read only then.
     */
    void storeDueTimes(long id) {
        List<Ticket> missing = sql.query("SELECT " + COLUMNS + " FROM ticket WHERE id = ? AND " + OPEN
                + " AND sla_queue_due_at IS NULL", this::ticket, id);
        if (!missing.isEmpty()) {
            store(sla.snapshot(), pauses(missing));
        }
    }

    int computeMissingDueTimes(SlaSnapshot now) {
        int total = 0;
        int done;
        do {
            done = computeMissingDueTimes(now, QueueSql.BATCH);
            total += done;
        } while (done == QueueSql.BATCH);
        return total;
    }

    /** At most {@code limit} open tickets without due times, lowest ids first; those locked elsewhere skipped. */
    int computeMissingDueTimes(SlaSnapshot now, int limit) {
        List<Ticket> batch = pauses(sql.query("SELECT " + COLUMNS + " FROM ticket WHERE " + OPEN
                + " AND sla_queue_due_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", this::ticket, limit));
        store(now, batch);
        return batch.size();
    }

    void forgetDueTimes() {
        sql.update("UPDATE ticket SET sla_response_due_at = NULL, sla_resolution_due_at = NULL, "
                + "sla_queue_due_at = NULL WHERE " + OPEN);
    }

    private void store(SlaSnapshot now, List<Ticket> tickets) {
        QueueSql.store(sql, "ticket", tickets, t -> t.id().value(),
                t -> now.dueTimes(t.kind().slaType(), t.priority(), t.slaTimeline()));
    }

    private static void filter(StringBuilder where, List<Object> params, String column, Optional<?> value) {
        value.ifPresent(v -> {
            where.append(" AND ").append(column).append(" = ?");
            params.add(v);
        });
    }

    private Optional<Ticket> withPauses(Optional<Ticket> ticket) {
        return ticket.map(t -> pauses(List.of(t)).get(0));
    }

    /** One query for the pauses of all the tickets of a page. */
    private List<Ticket> pauses(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return tickets;
        }
        Map<Long, List<Pause>> byTicket = new HashMap<>();
        sql.query("SELECT ticket_id, reason, from_at, until_at FROM ticket_pause WHERE ticket_id = ANY (?) ORDER BY from_at",
                row -> byTicket.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new Pause(
                        PauseReason.valueOf(row.getString(2)), Sql.instant(row, "from_at"), Sql.instant(row, "until_at"))),
                (Object) tickets.stream().map(t -> t.id().value()).toArray(Long[]::new));
        return tickets.stream().map(t -> t.withPauses(byTicket.getOrDefault(t.id().value(), List.of()))).toList();
    }

    private Ticket ticket(ResultSet row) throws SQLException {
        Map<String, String> fields = read(row, "fields", row.getString("fields"));
        String approvedText = row.getString("approved_content");
        Optional<Map<String, String>> approved = approvedText == null ? Optional.empty()
                : Optional.of(read(row, "approved_content", approvedText));
        java.util.Set<String> authors = java.util.Set.of((String[]) row.getArray("content_authors").getArray());
        return new Ticket(new TicketId(row.getLong("id")), TicketKind.valueOf(row.getString("kind")),
                row.getString("title"), Priority.valueOf(row.getString("priority")), row.getString("status"),
                row.getString("requester"), row.getString("assignee"), row.getObject("due_date", LocalDate.class),
                fields, Sql.instant(row, "created_at"), Sql.instant(row, "first_responded_at"),
                Sql.instant(row, "resolved_at"), Sql.instant(row, "closed_at"), row.getLong("version"), List.of(),
                approved, authors);
    }

    private Map<String, String> read(ResultSet row, String column, String text) throws SQLException {
        try {
            return fieldsReader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ticket " + row.getLong("id") + " has unreadable " + column, e);
        }
    }

    private Sql.Json write(Map<String, String> fields) {
        try {
            return new Sql.Json(json.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fields are not serialisable", e);
        }
    }
}
