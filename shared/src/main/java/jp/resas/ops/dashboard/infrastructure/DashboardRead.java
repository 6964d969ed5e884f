package jp.resas.ops.dashboard.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.infrastructure.PipelineQueries;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueuePage;
import jp.resas.ops.ticket.infrastructure.QueueService;

/**
 * Everything the dashboard shows, read in one transaction (one connection, one begin and commit instead of one per
 * figure): the open incidents by severity, the first page of each queue with one SLA snapshot, the runs awaiting approval and
 * the collectors that failed. Read-write because the queues store due times a writer left uncomputed.
 */
@Singleton
public class DashboardRead {

    /** What {@link #read} answers. */
    public record Figures(Map<Integer, Long> openIncidents, Map<Queue, QueuePage> queues, List<Run> awaitingApproval,
            List<DashboardFigures.FailedCollector> failedCollectors) {
    }

    private final DashboardFigures figures;
    private final QueueService queues;
    private final PipelineQueries pipeline;

    DashboardRead(DashboardFigures figures, QueueService queues, PipelineQueries pipeline) {
        this.figures = figures;
        this.queues = queues;
        this.pipeline = pipeline;
    }

    @Transactional
    public Figures read(List<Queue> queued, String user, Duration dueSoon, int rows, int runs, Duration collectors) {
        return new Figures(figures.openIncidentsBySeverity(), queues.firstPages(queued, user, dueSoon, rows),
                pipeline.awaitingApproval(runs), figures.failedCollectors(collectors));
    }
}
