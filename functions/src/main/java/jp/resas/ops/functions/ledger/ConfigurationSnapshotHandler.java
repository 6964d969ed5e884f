package jp.resas.ops.functions.ledger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.ledger.configuration.SnapshottingConfiguration;
import jp.resas.ops.ledger.configuration.infrastructure.ConfigurationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code configuration-snapshot}: reads the deployed configuration (CloudFormation, AWS Config where enabled)
 * into 構成管理台帳, storing a snapshot only when it changed. The scheduler's event carries nothing we need.
 * A region that could not be read is named in {@code missing} (the run is PARTIAL); none at all fails the
 * invocation. Each run is recorded in {@code collector_run}, so repeated failures escalate as the collectors' do.
 */
public final class ConfigurationSnapshotHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationSnapshotHandler.class);

    private final ConfigurationService configuration;
    private final HandlerMetrics metrics;

    public ConfigurationSnapshotHandler() {
        this(LambdaPlatform.start());
    }

    public ConfigurationSnapshotHandler(ApplicationContext context) {
        this(context.getBean(ConfigurationService.class), HandlerMetrics.of(context));
    }

    ConfigurationSnapshotHandler(ConfigurationService configuration, HandlerMetrics metrics) {
        this.configuration = configuration;
        this.metrics = metrics;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        ConfigurationService.SnapshotRun run = configuration.snapshotScheduled(Actor.system("configuration-snapshot"));
        SnapshottingConfiguration.Outcome outcome = run.outcome();
        int changes = outcome.diff().added().size() + outcome.diff().removed().size() + outcome.diff().changed().size();
        metrics.publish(Map.of("ConfigurationChanges", changes, "CollectorItemsMissing", outcome.missing().size()));
        LOG.info("configuration snapshot {}: {} (added {}, removed {}, changed {}) missing {}", outcome.snapshotId(),
                outcome.unchanged() ? "unchanged" : "stored", outcome.diff().added().size(),
                outcome.diff().removed().size(), outcome.diff().changed().size(), outcome.missing());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", run.report().status().name());
        answer.put("snapshotId", outcome.snapshotId());
        answer.put("unchanged", outcome.unchanged());
        answer.put("added", outcome.diff().added().size());
        answer.put("removed", outcome.diff().removed().size());
        answer.put("changed", outcome.diff().changed().size());
        answer.put("missing", outcome.missing().stream().map(m -> m.scope() + ": " + m.reason()).toList());
        return answer;
    }
}
