package jp.resas.ops.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.sla.Pause;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaTimeline;

/**
 * A ticket as stored: what all kinds share, the kind's own {@code fields}, the SLA facts and the
 * waits so far. {@code requester} is who raised it (never its approver). {@code approvedContent} is
 * what the standing approval approved (empty when none stands); {@code authors} everyone who wrote
 * or changed the content an approval binds (none of them may approve it).
 */
public record Ticket(TicketId id, TicketKind kind, String title, Priority priority, String status, String requester,
        String assignee, LocalDate dueDate, Map<String, String> fields, Instant createdAt, Instant firstRespondedAt,
        Instant resolvedAt, Instant closedAt, long version, List<Pause> pauses,
        Optional<Map<String, String>> approvedContent, Set<String> authors) {

    public Ticket {
        fields = Map.copyOf(fields);
        pauses = List.copyOf(pauses);
        approvedContent = approvedContent.map(Map::copyOf);
        authors = Set.copyOf(authors);
    }

    /** A ticket with no standing approval, written by its requester alone. */
    public Ticket(TicketId id, TicketKind kind, String title, Priority priority, String status, String requester,
            String assignee, LocalDate dueDate, Map<String, String> fields, Instant createdAt, Instant firstRespondedAt,
            Instant resolvedAt, Instant closedAt, long version, List<Pause> pauses) {
        this(id, kind, title, priority, status, requester, assignee, dueDate, fields, createdAt, firstRespondedAt,
                resolvedAt, closedAt, version, pauses, Optional.empty(), Set.of(requester));
    }

    public SlaTimeline slaTimeline() {
        return new SlaTimeline(createdAt, firstRespondedAt, resolvedAt, pauses);
    }

    public boolean open() {
        return closedAt == null;
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** @throws ConflictException when the client's copy is older than the record */
    public void requireVersion(long expected) {
        if (expected != version) {
            throw ConflictException.staleVersion(expected, version);
        }
    }

    public Ticket withPauses(List<Pause> waits) {
        return new Ticket(id, kind, title, priority, status, requester, assignee, dueDate, fields, createdAt,
                firstRespondedAt, resolvedAt, closedAt, version, waits, approvedContent, authors);
    }

    public Ticket withAssignee(String who) {
        return new Ticket(id, kind, title, priority, status, requester, who, dueDate, fields, createdAt,
                firstRespondedAt, resolvedAt, closedAt, version + 1, pauses, approvedContent, authors);
    }

    /** The ticket with a new title, priority and due date (the next version). */
    public Ticket withHeadline(String newTitle, Priority newPriority, LocalDate newDueDate) {
        return new Ticket(id, kind, newTitle, newPriority, status, requester, assignee, newDueDate, fields, createdAt,
                firstRespondedAt, resolvedAt, closedAt, version + 1, pauses, approvedContent, authors);
    }
}
