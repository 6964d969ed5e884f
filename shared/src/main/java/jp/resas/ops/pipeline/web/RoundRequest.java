package jp.resas.ops.pipeline.web;

import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.pipeline.infrastructure.RoundService;

/** Plans an update round; {@code items} are the datasets with their collect-on and publish-by days. */
record RoundRequest(String name, List<Item> items) {

    /** One planned dataset, as sent (a record of this package, so request text limits apply to it). */
    record Item(String dataset, LocalDate collectOn, LocalDate publishBy) {
    }

    List<RoundService.PlannedItem> planned() {
        return items == null ? null : items.stream()
                .map(item -> item == null ? null : new RoundService.PlannedItem(item.dataset(), item.collectOn(), item.publishBy()))
                .toList();
    }
}
