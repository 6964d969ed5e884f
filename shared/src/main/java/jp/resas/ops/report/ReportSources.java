package jp.resas.ops.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.access.AccessMonthReport;
import jp.resas.ops.cost.CostMonthReport;
import jp.resas.ops.devschedule.ScheduleLine;
import jp.resas.ops.incident.Incident;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.monitoring.logs.LogErrorsReport;
import jp.resas.ops.monitoring.metrics.AvailabilityReport;
import jp.resas.ops.monitoring.metrics.MetricsReport;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketKind;

/**
 * Port: what a report reads, answered by the same use cases as the API's read endpoints (the
 * incident and ticket lists, the collectors' reports, the maintenance windows, the data-update log),
 * so a report never shows a figure the API would not.
 */
public interface ReportSources {

    /** Every incident, newest first, as {@code GET /incidents} pages through them. */
    List<Incident> incidents();

    Optional<IncidentDossier> incident(IncidentId id);

    /** The dossiers of the major incidents opened in [from, before), newest first, as {@link #incident} gives each. */
    List<IncidentDossier> majorIncidents(java.time.Instant from, java.time.Instant before);

    /** Every ticket of a kind, newest first, as the kind's list endpoint pages through them. */
    List<Ticket> tickets(TicketKind kind);

    /**
     * The SLA the API shows for each ticket now (empty for kinds without one), with the calendar and the
     * policies read once for all the tickets it is asked about.
     */
    java.util.function.Function<Ticket, Optional<SlaStatus>> slaNow();

    List<MaintenanceWindow> maintenanceWindows();

    /** Availability per monitored service, in the order the monitored-system description names them. */
    List<AvailabilityReport> availability(YearMonth month);

    MetricsReport metrics(LocalDate from, LocalDate to);

    LogErrorsReport errors(LocalDate from, LocalDate to);

    CostMonthReport costs(YearMonth month);

    AccessMonthReport access(YearMonth month);

    /** Runs of a collector over the days that did not store everything, with what they recorded. */
    List<CollectorProblem> collectorProblems(String collector, LocalDate from, LocalDate to);

    /** データ更新一覧 as {@code GET /pipeline/update-log} answers it, newest first. */
    List<jp.resas.ops.pipeline.UpdateLogLine> updateLog();

    /** データ出典一覧 as {@code GET /pipeline/sources} answers it. */
    List<jp.resas.ops.pipeline.SourceLine> dataSources();

    /** Update rounds and their items as {@code GET /rounds} answers them. */
    List<jp.resas.ops.pipeline.RoundSummary> rounds();

    /** 開発スケジュール as {@code GET /dev-schedule?asOf=} answers it: every item with what slipped in the week to {@code asOf}. */
    List<ScheduleLine> devSchedule(LocalDate asOf);

    /** The vulnerability figures of the month as {@code VulnerabilityService.figures} answers them. */
    jp.resas.ops.vulnerability.VulnerabilityFigures vulnerabilities(YearMonth month);

    /** Patches applied in [from, to), as {@code GET /patches} lists them. */
    List<jp.resas.ops.patch.PatchRecord> patches(java.time.Instant from, java.time.Instant to);

    /** EOS items due within 180 days and upgrades completed in the month, as {@code GET /eos/items} keeps them. */
    jp.resas.ops.eos.EosFigures endOfSupport(YearMonth month);

    /** The month's backup figures as the backup use cases answer them ({@code BackupService.figures}). */
    jp.resas.ops.backup.BackupFigures backups(YearMonth month);

    /** The penetration-test findings open at the month's end, as {@code GET /pentests/findings} keeps them. */
    List<jp.resas.ops.pentest.PentestFinding> openPentestFindings(YearMonth month);
}
