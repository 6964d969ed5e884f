package jp.resas.ops.report.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.notification.infrastructure.NotificationOutbox;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.platform.settings.PortalLinkSettings;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportReadyNotice;
import jp.resas.ops.report.ReportRecord;

/**
 * One scheduled generation of a kind and period, at most once ({@code report_schedule_run}): under a
 * lock on the kind and period, a period already generated is left alone; otherwise the report is
 * generated, the run recorded and the "report ready" notification queued, all in one transaction.
 */
@Singleton
public class ScheduledGeneration {

    static final Actor SCHEDULER = Actor.system("report-schedule");

    private final ReportService reports;
    private final NotificationOutbox outbox;
    private final Sql sql;
    private final Clock clock;
    private final String baseUrl;

    ScheduledGeneration(ReportService reports, NotificationOutbox outbox, Sql sql, Clock clock,
            PortalLinkSettings links) {
        this.reports = reports;
        this.outbox = outbox;
        this.sql = sql;
        this.clock = clock;
        this.baseUrl = links.base();
    }

    /** What the schedule did for one period: GENERATED, ALREADY_GENERATED or FAILED (with the error). */
    public record Outcome(ReportKind kind, String period, String status, Long reportId, String error) {
    }

    @Transactional
    public Outcome generateOnce(ReportKind kind, String period) {
        sql.queryOne("SELECT pg_advisory_xact_lock(hashtext('report-schedule:' || ? || ':' || ?))", row -> 1,
                kind.name(), period);
        Optional<Long> done = sql.queryOne("SELECT report_id FROM report_schedule_run WHERE kind = ? AND period = ? "
                + "AND status = 'GENERATED'", row -> row.getLong(1), kind.name(), period);
        if (done.isPresent()) {
            return new Outcome(kind, period, "ALREADY_GENERATED", done.get(), null);
        }
        ReportRecord report = reports.generate(kind, period, SCHEDULER);
        Instant now = clock.instant();
        sql.update("""
                INSERT INTO report_schedule_run (kind, period, status, attempts, report_id, first_attempt_at, last_attempt_at)
                VALUES (?, ?, 'GENERATED', 1, ?, ?, ?)
                ON CONFLICT (kind, period) DO UPDATE SET status = 'GENERATED', attempts = report_schedule_run.attempts + 1,
                    report_id = EXCLUDED.report_id, last_error = NULL, last_attempt_at = EXCLUDED.last_attempt_at
                """, kind.name(), period, report.id(), now, now);
        outbox.add(ReportReadyNotice.of(report, baseUrl, clock));
        return new Outcome(kind, period, "GENERATED", report.id(), null);
    }

    /** Records a failed attempt (after its transaction rolled back); a generated period stays generated. */
    @Transactional
    public void recordFailure(ReportKind kind, String period, String error) {
        Instant now = clock.instant();
        String text = error.length() > 2000 ? error.substring(0, 2000) : error;
        sql.update("""
                INSERT INTO report_schedule_run (kind, period, status, attempts, last_error, first_attempt_at, last_attempt_at)
                VALUES (?, ?, 'FAILED', 1, ?, ?, ?)
                ON CONFLICT (kind, period) DO UPDATE SET attempts = report_schedule_run.attempts + 1,
                    last_error = EXCLUDED.last_error, last_attempt_at = EXCLUDED.last_attempt_at
                WHERE report_schedule_run.status = 'FAILED'
                """, kind.name(), period, text, now, now);
    }

    /** Periods whose scheduled generation failed and has not succeeded since, oldest first. */
    @Transactional(readOnly = true)
    public List<String> failedPeriods(ReportKind kind) {
        return sql.query("SELECT period FROM report_schedule_run WHERE kind = ? AND status = 'FAILED' "
                + "ORDER BY first_attempt_at, period", row -> row.getString(1), kind.name());
    }
}
