package jp.resas.ops.slawatch;

import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaTimeline;
import jp.resas.ops.sla.TicketType;

/** An open ticket or incident with what its SLA depends on. */
public record WatchedTicket(TicketType type, long id, String title, Priority priority, SlaTimeline timeline) {
}
