package jp.resas.ops.ticket;

import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaTimeline;
import jp.resas.ops.sla.TicketType;

/**
 * Anything open that someone works on, as the queues see it: a ticket of any kind or an incident.
 *
 * @param kind        {@code INCIDENT} or a {@link TicketKind} name
 * @param statusLabel the status in Japanese
 * @param requester   who raised it (null for an incident an alarm opened)
 * @param slaType     empty for kinds without an SLA (the issue list)
 * @param position    where it stands in the queues' order (its stored due time)
 */
public record WorkItem(String kind, long id, String title, Priority priority, String status, String statusLabel,
        String requester, String assignee, Instant createdAt, long version, Optional<TicketType> slaType,
        SlaTimeline timeline, QueuePosition position) {
}
