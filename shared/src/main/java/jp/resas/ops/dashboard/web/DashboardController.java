package jp.resas.ops.dashboard.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dashboard.infrastructure.DashboardRead;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueuePage;

/** The operator's 9:00 page: what is open and how bad, what runs out, what is mine, what waits for approval. */
@Controller("/portal")
@Secured(SecurityRule.IS_ANONYMOUS)
class DashboardController {

    static final Duration DUE_SOON = Duration.ofHours(4);
    static final Duration COLLECTOR_WINDOW = Duration.ofDays(7);
    static final int ROWS = 50;
    /** Runs awaiting approval shown (the newest). */
    static final int RUNS = 20;

    /** What the dashboard shows; each list is what the named queue or query returns. */
    record DashboardView(List<SeverityCount> openIncidents, long openTotal, WorkRow.Table breached,
            WorkRow.Table dueSoon, WorkRow.Table mine, WorkRow.Table unassigned, List<RunRow> awaitingApproval,
            List<CollectorRow> failedCollectors) {
    }

    record SeverityCount(int severity, long count, String href) {
    }

    record RunRow(long id, String dataset, String startedBy, String startedAt, String href) {
        static RunRow of(Run run) {
            return new RunRow(run.id().value(), run.dataset().value(), run.startedBy(), Jst.at(run.startedAt()),
                    "/portal/approvals/runs/" + run.id().value());
        }
    }

    record CollectorRow(String collector, String period, String status, String finishedAt, String error) {
    }

    private final DashboardRead figures;

    DashboardController(DashboardRead figures) {
        this.figures = figures;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(@Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        DashboardRead.Figures read = figures.read(List.of(Queue.BREACHED, Queue.DUE_SOON, Queue.MINE,
                Queue.UNASSIGNED), user.name(), DUE_SOON, ROWS, RUNS, COLLECTOR_WINDOW);
        List<SeverityCount> open = read.openIncidents().entrySet().stream()
                .map(e -> new SeverityCount(e.getKey(), e.getValue(), "/portal/incidents?severity=" + e.getKey()))
                .toList();
        List<RunRow> awaiting = read.awaitingApproval().stream().map(RunRow::of).toList();
        List<CollectorRow> failed = read.failedCollectors().stream()
                .map(f -> new CollectorRow(f.collector(), f.period(), f.status(), Jst.at(f.finishedAt()),
                        f.error() == null ? "" : f.error()))
                .toList();
        Map<Queue, QueuePage> pages = read.queues();
        DashboardView view = new DashboardView(open, open.stream().mapToLong(SeverityCount::count).sum(),
                rows(pages.get(Queue.BREACHED)), rows(pages.get(Queue.DUE_SOON)), rows(pages.get(Queue.MINE)),
                rows(pages.get(Queue.UNASSIGNED)), awaiting, failed);
        return Pages.view("dashboard", user, "dashboard", "ダッシュボード", view);
    }

    /** A queue's first page: the most urgent {@value #ROWS}, as the API's first page gives them. */
    private static WorkRow.Table rows(QueuePage page) {
        return new WorkRow.Table(page.items().stream().map(WorkRow::of).toList());
    }
}
