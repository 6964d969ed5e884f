package jp.resas.ops.devschedule.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.devschedule.DevItemChange;
import jp.resas.ops.devschedule.DevSchedule;
import jp.resas.ops.devschedule.PlanningDevelopment;
import jp.resas.ops.devschedule.ReadingDevelopmentSchedule;
import jp.resas.ops.devschedule.ScheduleLine;

/**
 * The transaction boundary of the schedule. {@link #asOf(LocalDate)} is what the weekly report calls:
 * every item with its milestones and what slipped in the seven days up to that day.
 */
@Singleton
public class DevScheduleService {

    private final PlanningDevelopment planning;
    private final ReadingDevelopmentSchedule reading;

    DevScheduleService(DevSchedule schedule, AuditLog audit, Clock clock) {
        this.planning = new PlanningDevelopment(schedule, audit, clock);
        this.reading = new ReadingDevelopmentSchedule(schedule);
    }

    @Transactional(readOnly = true)
    public List<ScheduleLine> asOf(LocalDate day) {
        return reading.asOf(day);
    }

    @Transactional
    public long add(DevItemChange change, Actor actor) {
        return planning.add(change, actor);
    }

    @Transactional
    public void update(long id, Long version, DevItemChange change, Actor actor) {
        planning.update(id, version, change, actor);
    }
}
