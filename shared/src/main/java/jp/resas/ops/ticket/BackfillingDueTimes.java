package jp.resas.ops.ticket;

import java.util.function.IntConsumer;

/**
 * Stores the SLA due times of every open item that has none (rows from before the stored due times, V79) in
 * batches, each in a transaction of its own: a run killed between batches keeps what it committed, and the
 * next run carries on with the rows still missing. Rows that have due times are never touched, so running it
 * again changes nothing.
 */
public final class BackfillingDueTimes {

    /** One batch in a transaction of its own (port): answers how many items got their due times. */
    @FunctionalInterface
    public interface Batch {
        int run(int size);
    }

    /** What a run did; {@code finished} when no open item is left without due times. */
    public record Outcome(int batches, long items, boolean finished) {
    }

    private final Batch batch;

    public BackfillingDueTimes(Batch batch) {
        this.batch = batch;
    }

    /**
     * Runs batches of {@code size} until none is left, or {@code maxBatches} were run (0: no limit);
     * {@code afterBatch} hears each committed batch's count.
     */
    public Outcome run(int size, int maxBatches, IntConsumer afterBatch) {
        if (size < 1 || maxBatches < 0) {
            throw new IllegalArgumentException("batch size must be positive and the batch limit not negative");
        }
        int batches = 0;
        long items = 0;
        while (maxBatches == 0 || batches < maxBatches) {
            int done = batch.run(size);
            if (done == 0) {
                return new Outcome(batches, items, true);
            }
            batches++;
            items += done;
            afterBatch.accept(done);
        }
        return new Outcome(batches, items, false);
    }
}
