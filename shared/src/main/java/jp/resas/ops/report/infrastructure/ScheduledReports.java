package jp.resas.ops.report.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.notification.infrastructure.NotificationOutbox;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the report schedule runs ({@code report-schedule} in AWS, {@code resas-ops local}'s schedule on
 * one machine): generates the latest period due of the kind ({@link ReportSchedule}) and retries the
 * periods whose generation failed before, each at most once ({@link ScheduledGeneration}); then
 * delivers the "report ready" notifications. A failure is recorded and logged, and the next run of the
 * schedule tries again.
 */
@Singleton
public class ScheduledReports {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledReports.class);

    private final ScheduledGeneration generation;
    private final NotificationOutbox outbox;
    private final CalendarSource calendar;
    private final Clock clock;

    ScheduledReports(ScheduledGeneration generation, NotificationOutbox outbox, CalendarSource calendar, Clock clock) {
        this.generation = generation;
        this.outbox = outbox;
        this.calendar = calendar;
        this.clock = clock;
    }

    public List<ScheduledGeneration.Outcome> run(ReportKind kind) {
        return run(kind, clock.instant());
    }

    /**
     * As the schedule planned it for {@code at} (EventBridge Scheduler's {@code scheduled-time}): a run
     * retried or delayed later still makes the period it was planned for.
     */
    public List<ScheduledGeneration.Outcome> run(ReportKind kind, java.time.Instant at) {
        Set<String> periods = new LinkedHashSet<>(generation.failedPeriods(kind));
        periods.add(ReportSchedule.latestDue(kind, at, calendar.current()));
        List<ScheduledGeneration.Outcome> outcomes = new ArrayList<>();
        for (String period : periods) {
            try {
                outcomes.add(generation.generateOnce(kind, period));
            } catch (RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                generation.recordFailure(kind, period, error);
                LOG.error("scheduled {} report {} failed; the next run tries again: {}", kind, period, error, e);
                outcomes.add(new ScheduledGeneration.Outcome(kind, period, "FAILED", null, error));
            }
        }
        outbox.deliverDue();
        return outcomes;
    }
}
