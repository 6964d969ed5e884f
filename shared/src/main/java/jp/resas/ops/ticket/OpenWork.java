package jp.resas.ops.ticket;

import java.util.List;
import java.util.Optional;

/**
 * One source of open work for the queues (port): the tickets, the incidents. Each keeps its open items'
 * SLA due times stored ({@link DueTimes}), so a queue is read a page at a time in due order.
 */
public interface OpenWork {

    /** Orders this source's items after another's with the same due time; unique among the sources. */
    int rank();

    /**
     * Up to {@code limit} open items of the queue after {@code after} (from the first when empty), in
     * {@link QueuePosition} order.
     */
    List<WorkItem> page(QueueFilter filter, Optional<QueuePosition> after, int limit);

    /**
     * Computes and stores the due times of the open items that have none: rows older than the stored due
     * times, or changed by a writer that does not compute them. Answers how many were computed.
     */
    int computeMissingDueTimes(SlaSnapshot sla);

    /**
     * As {@link #computeMissingDueTimes(SlaSnapshot)}, for at most {@code limit} items (lowest ids first, rows
     * another transaction holds skipped): one batch of an explicit backfill. Answers how many were computed.
     */
    int computeMissingDueTimes(SlaSnapshot sla, int limit);

    /** Forgets every open item's due times, after a policy or calendar change, so they are computed again. */
    void forgetDueTimes();
}
