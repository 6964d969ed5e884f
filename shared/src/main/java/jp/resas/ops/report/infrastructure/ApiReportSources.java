package jp.resas.ops.report.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.access.AccessMonthReport;
import jp.resas.ops.access.infrastructure.AccessReportService;
import jp.resas.ops.cost.CostMonthReport;
import jp.resas.ops.cost.infrastructure.CostReportService;
import jp.resas.ops.devschedule.ScheduleLine;
import jp.resas.ops.devschedule.infrastructure.DevScheduleService;
import jp.resas.ops.incident.Incident;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentPage;
import jp.resas.ops.incident.IncidentQuery;
import jp.resas.ops.incident.PageCursor;
import jp.resas.ops.incident.infrastructure.IncidentService;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.infrastructure.MaintenanceService;
import jp.resas.ops.monitoring.logs.LogErrorsReport;
import jp.resas.ops.monitoring.logs.infrastructure.LogErrorsReportService;
import jp.resas.ops.monitoring.metrics.AvailabilityReport;
import jp.resas.ops.monitoring.metrics.MetricsReport;
import jp.resas.ops.monitoring.metrics.infrastructure.MetricsReportService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.pipeline.infrastructure.PipelineQueries;
import jp.resas.ops.pipeline.infrastructure.RoundService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.report.CollectorProblem;
import jp.resas.ops.report.ReportSources;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketCursor;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketPage;
import jp.resas.ops.ticket.TicketQuery;
import jp.resas.ops.ticket.infrastructure.TicketService;

/** A report's sources: the very services the read endpoints call, paged through as a client would. */
@Singleton
class ApiReportSources implements ReportSources {

    private static final int ALL = 1_000_000;

    private final IncidentService incidents;
    private final TicketService tickets;
    private final MaintenanceService maintenance;
    private final MetricsReportService metrics;
    private final LogErrorsReportService logs;
    private final CostReportService costs;
    private final AccessReportService access;
    private final PipelineQueries pipeline;
    private final RoundService rounds;
    private final DevScheduleService devSchedule;
    private final Sql sql;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecuritySources security;
    private final jp.resas.ops.backup.infrastructure.BackupService backups;
    private final jp.resas.ops.pentest.infrastructure.PentestService pentests;

    ApiReportSources(IncidentService incidents, TicketService tickets, MaintenanceService maintenance,
            MetricsReportService metrics, LogErrorsReportService logs, CostReportService costs,
            AccessReportService access, PipelineQueries pipeline, RoundService rounds, DevScheduleService devSchedule, Sql sql, ObjectMapper json,
            Clock clock, SecuritySources security, jp.resas.ops.backup.infrastructure.BackupService backups,
            jp.resas.ops.pentest.infrastructure.PentestService pentests) {
        this.security = security;
        this.backups = backups;
        this.pentests = pentests;
        this.incidents = incidents;
        this.tickets = tickets;
        this.maintenance = maintenance;
        this.metrics = metrics;
        this.logs = logs;
        this.costs = costs;
        this.access = access;
        this.pipeline = pipeline;
        this.rounds = rounds;
        this.devSchedule = devSchedule;
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<Incident> incidents() {
        List<Incident> all = new ArrayList<>();
        Optional<PageCursor> after = Optional.empty();
        do {
            IncidentPage page = incidents.list(new IncidentQuery(Optional.empty(), Optional.empty(),
                    IncidentQuery.MAX_LIMIT, after));
            all.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return all;
    }

    @Override
    public Optional<IncidentDossier> incident(IncidentId id) {
        return incidents.dossier(id);
    }

    @Override
    public List<IncidentDossier> majorIncidents(java.time.Instant from, java.time.Instant before) {
        return incidents.majorDossiers(from, before);
    }

    @Override
    public List<Ticket> tickets(TicketKind kind) {
        List<Ticket> all = new ArrayList<>();
        Optional<TicketCursor> after = Optional.empty();
        do {
            TicketPage page = tickets.list(new TicketQuery(kind, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), TicketQuery.MAX_LIMIT, after));
            all.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return all;
    }

    @Override
    public java.util.function.Function<Ticket, Optional<SlaStatus>> slaNow() {
        return tickets.slaNow();
    }

    @Override
    public List<MaintenanceWindow> maintenanceWindows() {
        return maintenance.recent(ALL);
    }

    @Override
    public List<AvailabilityReport> availability(YearMonth month) {
        return metrics.availability(month, LocalDate.now(clock.withZone(CollectionPeriod.JST)));
    }

    @Override
    public MetricsReport metrics(LocalDate from, LocalDate to) {
        return metrics.metrics(QueryPeriods.days(from.toString(), to.toString()), Optional.empty());
    }

    @Override
    public LogErrorsReport errors(LocalDate from, LocalDate to) {
        return logs.errors(QueryPeriods.days(from.toString(), to.toString()));
    }

    @Override
    public CostMonthReport costs(YearMonth month) {
        return costs.month(month);
    }

    @Override
    public AccessMonthReport access(YearMonth month) {
        return access.month(month, LocalDate.now(clock.withZone(CollectionPeriod.JST)));
    }

    /** Day runs ({@code 2026-11-26}) and month runs ({@code 2026-11}) of the range, latest per period. */
    @Override
    public List<CollectorProblem> collectorProblems(String collector, LocalDate from, LocalDate to) {
        return sql.query("SELECT DISTINCT ON (period) period, status, missing::text AS missing, error FROM collector_run "
                + "WHERE collector = ? AND ((length(period) = 10 AND period BETWEEN ? AND ?) OR period IN (?, ?)) "
                + "ORDER BY period, finished_at DESC, id DESC", row -> new CollectorProblem(collector,
                row.getString("period"), row.getString("status"), reasons(row.getString("missing"),
                row.getString("error"))), collector, from.toString(), to.toString(), YearMonth.from(from).toString(),
                YearMonth.from(to).toString()).stream().filter(p -> !"SUCCEEDED".equals(p.status())).toList();
    }

    private List<String> reasons(String missing, String error) {
        try {
            List<String> reasons = new ArrayList<>(json.readValue(missing, new TypeReference<List<String>>() { }));
            if (error != null) {
                reasons.add(error);
            }
            return reasons;
        } catch (IOException e) {
            throw new UncheckedIOException("collector_run.missing is not a JSON array", e);
        }
    }

    @Override
    public List<jp.resas.ops.pipeline.UpdateLogLine> updateLog() {
        return pipeline.updateLog(ALL);
    }

    @Override
    public List<jp.resas.ops.pipeline.SourceLine> dataSources() {
        return pipeline.sources();
    }

    @Override
    public List<jp.resas.ops.pipeline.RoundSummary> rounds() {
        return rounds.rounds();
    }

    @Override
    public List<ScheduleLine> devSchedule(LocalDate asOf) {
        return devSchedule.asOf(asOf);
    }

    @Override
    public jp.resas.ops.vulnerability.VulnerabilityFigures vulnerabilities(YearMonth month) {
        return security.vulnerabilities().figures(month);
    }

    @Override
    public List<jp.resas.ops.patch.PatchRecord> patches(java.time.Instant from, java.time.Instant to) {
        return security.patches().appliedBetween(from, to);
    }

    @Override
    public jp.resas.ops.eos.EosFigures endOfSupport(YearMonth month) {
        return security.eos().figures(month);
    }

    @Override
    public jp.resas.ops.backup.BackupFigures backups(YearMonth month) {
        return backups.figures(month);
    }

    @Override
    public List<jp.resas.ops.pentest.PentestFinding> openPentestFindings(YearMonth month) {
        return pentests.openAtEndOf(month);
    }
}
