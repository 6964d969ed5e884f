package jp.resas.ops.pipeline.web;

import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.common.SaneDates;
import jp.resas.ops.pipeline.infrastructure.RoundService;

/** Plans an update round; {@code items} are the datasets with their collect-on and publish-by days. */
record RoundRequest(String name, List<Item> items) {

    /** One planned dataset, as sent (a record of this package, so request text limits apply to it). */
    record Item(String dataset, LocalDate collectOn, LocalDate publishBy) {
    }

    List<RoundService.PlannedItem> planned() {
        if (items == null) {
            return null;
        }
        java.util.List<RoundService.PlannedItem> planned = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            planned.add(item == null ? null : new RoundService.PlannedItem(item.dataset(),
                    SaneDates.date("items[" + i + "].collectOn", item.collectOn()),
                    SaneDates.date("items[" + i + "].publishBy", item.publishBy())));
        }
        return planned;
    }
}
