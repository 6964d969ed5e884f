package jp.resas.ops.ticket;

import java.util.List;
import java.util.Optional;

/** One page of a queue and the position after which the next one starts, if there is one. */
public record QueuePage(List<QueueItem> items, Optional<QueuePosition> next) {

    public QueuePage {
        items = List.copyOf(items);
    }
}
