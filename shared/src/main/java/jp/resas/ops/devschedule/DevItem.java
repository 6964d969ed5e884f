package jp.resas.ops.devschedule;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A menu or function in the schedule, with each milestone's dates and the change requests behind it. */
public record DevItem(long id, String name, DevItemKind kind, String description, DevStatus status, int progress,
        Map<Milestone, MilestoneDates> milestones, List<Long> changeRequests, String updatedBy, Instant updatedAt,
        long version) {

    public DevItem {
        milestones = milestones.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(milestones));
        changeRequests = List.copyOf(changeRequests);
    }

    public MilestoneDates dates(Milestone m) {
        return milestones.getOrDefault(m, new MilestoneDates(null, null));
    }
}
