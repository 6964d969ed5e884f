package jp.resas.ops.devschedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.calendar.BusinessCalendar;

/**
 * The schedule as the weekly report shows it: every item with what slipped in the seven days up to
 * {@code asOf} (end of that day, JST). A milestone slipped when it is planned later than at the end
 * of the day a week before (RESCHEDULED), or when its planned date fell within the week and it has no
 * actual date (OVERDUE). Milestones already reached do not slip.
 */
public final class ReadingDevelopmentSchedule {

    private final DevSchedule schedule;

    public ReadingDevelopmentSchedule(DevSchedule schedule) {
        this.schedule = schedule;
    }

    public List<ScheduleLine> asOf(LocalDate asOf) {
        LocalDate weekBefore = asOf.minusDays(7);
        Instant baselineAt = endOf(weekBefore);
        List<ScheduleLine> lines = new ArrayList<>();
        for (DevItem item : schedule.all()) {
            Optional<Map<Milestone, LocalDate>> baseline = schedule.planAt(item.id(), baselineAt);
            lines.add(new ScheduleLine(item, slips(item, baseline, weekBefore, asOf)));
        }
        return lines;
    }

    static List<Slip> slips(DevItem item, Optional<Map<Milestone, LocalDate>> baseline, LocalDate weekBefore,
            LocalDate asOf) {
        List<Slip> slips = new ArrayList<>();
        for (Milestone m : Milestone.values()) {
            MilestoneDates now = item.dates(m);
            if (now.actual() != null || now.planned() == null) {
                continue;
            }
            LocalDate before = baseline.map(b -> b.get(m)).orElse(null);
            if (before != null && now.planned().isAfter(before)) {
                slips.add(new Slip(m, Slip.Reason.RESCHEDULED, before, now.planned()));
            } else if (now.planned().isBefore(asOf) && !now.planned().isBefore(weekBefore)) {
                slips.add(new Slip(m, Slip.Reason.OVERDUE, before, now.planned()));
            }
        }
        return slips;
    }

    private static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).toInstant(BusinessCalendar.JST);
    }
}
