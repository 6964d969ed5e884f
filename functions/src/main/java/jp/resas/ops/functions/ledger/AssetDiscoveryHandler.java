package jp.resas.ops.functions.ledger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.ledger.asset.infrastructure.DiscoveryService;
import jp.resas.ops.monitoring.runs.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code asset-discovery}: reads the account's tagged resources, certificates and domains and the
 * jar's SBOM into the asset ledger. The scheduler's event carries nothing we need. A scope that could
 * not be read makes the run PARTIAL; none at all fails the invocation.
 */
public final class AssetDiscoveryHandler implements RequestHandler<Map<String, Object>, RunReport> {

    private static final Logger LOG = LoggerFactory.getLogger(AssetDiscoveryHandler.class);

    private final DiscoveryService discovery;
    private final HandlerMetrics metrics;

    public AssetDiscoveryHandler() {
        this(LambdaPlatform.start());
    }

    public AssetDiscoveryHandler(ApplicationContext context) {
        this(context.getBean(DiscoveryService.class), HandlerMetrics.of(context));
    }

    AssetDiscoveryHandler(DiscoveryService discovery, HandlerMetrics metrics) {
        this.discovery = discovery;
        this.metrics = metrics;
    }

    @Override
    public RunReport handleRequest(Map<String, Object> event, Context context) {
        RunReport report = discovery.discover();
        metrics.publish(Map.of("AssetsDiscovered", report.counts().values().stream().mapToInt(Integer::intValue).sum(),
                "CollectorItemsMissing", report.missing().size()));
        LOG.info("assets discovered: {} {} missing {}", report.status(), report.counts(), report.missing());
        return report;
    }
}
