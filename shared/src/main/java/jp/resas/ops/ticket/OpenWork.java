package jp.resas.ops.ticket;

import java.util.List;

/** One source of open work for the queues (port): the tickets, the incidents. */
@FunctionalInterface
public interface OpenWork {

    List<WorkItem> open();
}
