package jp.resas.ops.ticket;

import java.util.Optional;
import jp.resas.ops.sla.SlaStatus;

/** Open work in a queue with its SLA now (empty for kinds without one). */
public record QueueItem(WorkItem item, Optional<SlaStatus> sla) {
}
