package jp.resas.ops.ticket.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import jp.resas.ops.ticket.OpenWork;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueueItem;
import jp.resas.ops.ticket.ReadingQueues;
import jp.resas.ops.ticket.SlaEvaluation;

/** The queues over every source of open work (tickets and incidents), read in one transaction. */
@Singleton
public class QueueService {

    private final ReadingQueues queues;

    QueueService(List<OpenWork> sources, SlaEvaluation sla) {
        this.queues = new ReadingQueues(sources, sla);
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(Queue queue, String user, Duration within) {
        return queues.queue(queue, user, within);
    }
}
