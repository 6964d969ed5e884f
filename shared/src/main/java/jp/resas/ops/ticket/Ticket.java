package jp.resas.ops.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.sla.Pause;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaTimeline;

/**
 * A ticket as stored: what all kinds share, the kind's own {@code fields}, the SLA facts and the
 * waits so far. {@code requester} is who raised it (never its approver).
 */
public record Ticket(TicketId id, TicketKind kind, String title, Priority priority, String status, String requester,
        String assignee, LocalDate dueDate, Map<String, String> fields, Instant createdAt, Instant firstRespondedAt,
        Instant resolvedAt, Instant closedAt, long version, List<Pause> pauses) {

    public Ticket {
        fields = Map.copyOf(fields);
        pauses = List.copyOf(pauses);
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
}
