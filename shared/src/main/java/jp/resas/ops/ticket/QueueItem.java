package jp.resas.ops.ticket;

import java.util.Optional;
import jp.resas.ops.sla.SlaStatus;

/** A ticket in a queue with its SLA now (empty for kinds without one). */
public record QueueItem(Ticket ticket, Optional<SlaStatus> sla) {
}
