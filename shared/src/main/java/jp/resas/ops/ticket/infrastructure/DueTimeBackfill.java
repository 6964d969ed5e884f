package jp.resas.ops.ticket.infrastructure;

import jakarta.inject.Singleton;
import java.util.function.IntConsumer;
import jp.resas.ops.ticket.BackfillingDueTimes;

/**
 * The explicit backfill of stored SLA due times (rows from before V79), run by {@code resas-ops migrate
 * backfill-due-times} after the migrations: each batch in its own transaction through {@link QueueService}.
 */
@Singleton
public class DueTimeBackfill {

    private final BackfillingDueTimes backfilling;

    DueTimeBackfill(QueueService queues) {
        this.backfilling = new BackfillingDueTimes(queues::backfillBatch);
    }

    /** Batches of {@code size} until none is missing or {@code maxBatches} ran (0: no limit). */
    public BackfillingDueTimes.Outcome run(int size, int maxBatches, IntConsumer afterBatch) {
        return backfilling.run(size, maxBatches, afterBatch);
    }
}
