package jp.resas.ops.functions.report;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.infrastructure.ScheduledGeneration;
import jp.resas.ops.report.infrastructure.ScheduledReports;

/**
 * {@code report-schedule}: generates the monthly or weekly report due, at most once per period, and
 * queues and sends the "report ready" notification. The event is the schedule's fixed input,
 * {@code {"kind": "MONTHLY", "at": <aws.scheduler.scheduled-time>}} (or WEEKLY). A failed generation is recorded and this
 * invocation fails (the scheduler retries it; the function's error alarm tells the alarm topic); the
 * next run of the schedule tries again.
 */
public final class ReportScheduleHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final ScheduledReports schedule;

    public ReportScheduleHandler() {
        this(LambdaPlatform.start());
    }

    public ReportScheduleHandler(ApplicationContext context) {
        this(context.getBean(ScheduledReports.class));
    }

    ReportScheduleHandler(ScheduledReports schedule) {
        this.schedule = schedule;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        ReportKind kind = kind(event);
        List<ScheduledGeneration.Outcome> outcomes = schedule.run(kind, plannedAt(event));
        List<ScheduledGeneration.Outcome> failed = outcomes.stream().filter(o -> o.status().equals("FAILED")).toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("scheduled " + kind + " report failed for " + failed.stream()
                    .map(o -> o.period() + " (" + o.error() + ")").toList() + "; recorded, the next run tries again");
        }
        return Map.of("kind", kind.name(), "reports", outcomes.stream().map(o -> Map.of("period", o.period(),
                "status", o.status(), "reportId", o.reportId())).toList());
    }

    /** {@code at}: the schedule's planned time ({@code <aws.scheduler.scheduled-time>}); now when absent. */
    static java.time.Instant plannedAt(Map<String, Object> event) {
        Object at = event == null ? null : event.get("at");
        if (at == null) {
            return java.time.Instant.now();
        }
        try {
            return java.time.Instant.parse(at.toString());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("report-schedule: event field at must be an ISO-8601 instant, was " + at, e);
        }
    }

    /** The schedule's input: MONTHLY or WEEKLY, nothing else. */
    static ReportKind kind(Map<String, Object> event) {
        Object kind = event == null ? null : event.get("kind");
        if ("MONTHLY".equals(kind)) {
            return ReportKind.MONTHLY;
        }
        if ("WEEKLY".equals(kind)) {
            return ReportKind.WEEKLY;
        }
        throw new IllegalArgumentException("report-schedule: event field kind must be MONTHLY or WEEKLY, was " + kind);
    }
}
