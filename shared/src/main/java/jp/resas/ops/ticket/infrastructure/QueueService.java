package jp.resas.ops.ticket.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.ticket.OpenWork;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueuePage;
import jp.resas.ops.ticket.QueuePosition;
import jp.resas.ops.ticket.ReadingQueues;
import jp.resas.ops.ticket.SlaEvaluation;

/**
 * The queues over every source of open work (tickets and incidents), a page read in one transaction; and
 * the recomputation of every open item's due times that a policy or calendar change runs in its own.
 */
@Singleton
public class QueueService {

    private final ReadingQueues queues;

    QueueService(List<OpenWork> sources, SlaEvaluation sla) {
        this.queues = new ReadingQueues(sources, sla);
    }

    /** Read-write: due times a writer left uncomputed are stored before the page is read. */
    @Transactional
    public QueuePage queue(Queue queue, String user, Duration within, Optional<QueuePosition> after, int limit) {
        return queues.queue(queue, user, within, after, limit);
    }

    /** The first page of each queue in one transaction, with one SLA snapshot (the dashboard's read). */
    @Transactional
    public java.util.Map<Queue, QueuePage> firstPages(List<Queue> queues, String user, Duration within, int limit) {
        return this.queues.firstPages(queues, user, within, limit);
    }

    /** Called by the policy and calendar changes, inside their transaction. */
    @Transactional
    public int recomputeDueTimes() {
        return queues.recomputeDueTimes();
    }

    /** One batch of the due-time backfill ({@link DueTimeBackfill}), committed on return. */
    @Transactional
    public int backfillBatch(int size) {
        return queues.computeMissingDueTimes(size);
    }
}
