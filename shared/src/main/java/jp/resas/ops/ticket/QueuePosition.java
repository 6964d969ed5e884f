package jp.resas.ops.ticket;

import java.time.Instant;
import java.util.Comparator;

/**
 * Where an item stands in every queue's order: by due time, then by source (incidents, tickets), then by id.
 *
 * @param due    the stored queue due time ({@link DueTimes#queue()})
 * @param source the {@link OpenWork#rank()} of the item's source
 * @param id     the item's id in its source
 */
public record QueuePosition(Instant due, int source, long id) implements Comparable<QueuePosition> {

    private static final Comparator<QueuePosition> ORDER = Comparator.comparing(QueuePosition::due)
            .thenComparingInt(QueuePosition::source).thenComparingLong(QueuePosition::id);

    @Override
    public int compareTo(QueuePosition other) {
        return ORDER.compare(this, other);
    }
}
