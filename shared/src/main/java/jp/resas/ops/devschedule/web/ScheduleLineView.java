package jp.resas.ops.devschedule.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.devschedule.DevItem;
import jp.resas.ops.devschedule.Milestone;
import jp.resas.ops.devschedule.ScheduleLine;

/** An item of the schedule as the API shows it, milestones in order, with its slips of the week. */
record ScheduleLineView(long id, String name, String kind, String kindLabel, String description, String status,
        String statusLabel, int progress, List<MilestoneView> milestones, List<Long> changeRequests, boolean slipped,
        List<SlipView> slips, String updatedBy, Instant updatedAt, long version) {

    record MilestoneView(String milestone, String label, LocalDate planned, LocalDate actual) {
    }

    record SlipView(String milestone, String reason, String reasonLabel, LocalDate plannedWeekBefore,
            LocalDate plannedNow) {
    }

    static ScheduleLineView of(ScheduleLine line) {
        DevItem i = line.item();
        return new ScheduleLineView(i.id(), i.name(), i.kind().name(), i.kind().label(), i.description(),
                i.status().name(), i.status().label(), i.progress(),
                java.util.Arrays.stream(Milestone.values()).map(m -> new MilestoneView(m.name(), m.label(),
                        i.dates(m).planned(), i.dates(m).actual())).toList(), i.changeRequests(), line.slipped(),
                line.slips().stream().map(s -> new SlipView(s.milestone().name(), s.reason().name(),
                        s.reason().label(), s.plannedWeekBefore(), s.plannedNow())).toList(),
                i.updatedBy(), i.updatedAt(), i.version());
    }
}
