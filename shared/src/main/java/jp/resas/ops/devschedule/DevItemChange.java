package jp.resas.ops.devschedule;

import java.util.List;
import java.util.Map;

/** What an operator writes about an item: the whole item as it should be (absent milestones have no dates). */
public record DevItemChange(String name, DevItemKind kind, String description, DevStatus status, Integer progress,
        Map<Milestone, MilestoneDates> milestones, List<Long> changeRequests) {
}
