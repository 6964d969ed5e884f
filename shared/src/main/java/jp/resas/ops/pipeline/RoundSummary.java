package jp.resas.ops.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * An update round as {@code GET /rounds} answers it: the round, and the datasets it plans under {@code items}.
 *
 * @param status {@code DRAFT} or {@code APPROVED}
 */
public record RoundSummary(long id, String name, String status, String plannedBy, String approvedBy,
        Instant approvedAt, List<Item> items) {

    public RoundSummary {
        items = List.copyOf(items);
    }

    /**
     * @param collectOn   ISO date
     * @param publishBy   ISO date
     * @param status      {@code PLANNED}, {@code RUNNING}, … {@code PUBLISHED}
     * @param publishedOn ISO date, null until published
     * @param slipped     not published and past {@code publishBy} (today in Japan)
     */
    public record Item(String dataset, String collectOn, String publishBy, String status, String publishedOn,
            boolean slipped) {
    }
}
