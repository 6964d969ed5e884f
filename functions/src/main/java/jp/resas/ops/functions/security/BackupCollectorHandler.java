package jp.resas.ops.functions.security;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.backup.infrastructure.BackupCollectorService;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code backup-collector}: reads AWS Backup's backup, copy and restore jobs in RESAS Ops' account and each
 * monitored one, raises what failed or missing backups raise and records restore tests as drills. The
 * scheduler's event carries nothing we need. A scope that could not be read makes the run PARTIAL; none at all
 * fails the invocation.
 */
public final class BackupCollectorHandler implements RequestHandler<Map<String, Object>, RunReport> {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCollectorHandler.class);

    private final BackupCollectorService collector;
    private final HandlerMetrics metrics;

    public BackupCollectorHandler() {
        this(LambdaPlatform.start());
    }

    public BackupCollectorHandler(ApplicationContext context) {
        this(context.getBean(BackupCollectorService.class), HandlerMetrics.of(context));
    }

    BackupCollectorHandler(BackupCollectorService collector, HandlerMetrics metrics) {
        this.collector = collector;
        this.metrics = metrics;
    }

    @Override
    public RunReport handleRequest(Map<String, Object> event, Context context) {
        RunReport report = collector.collect();
        metrics.publish(Map.of("BackupJobsCollected", report.counts().values().stream().mapToInt(Integer::intValue).sum(),
                "CollectorItemsMissing", report.missing().size()));
        LOG.info("backup jobs: {} {} missing {}", report.status(), report.counts(), report.missing());
        return report;
    }
}
