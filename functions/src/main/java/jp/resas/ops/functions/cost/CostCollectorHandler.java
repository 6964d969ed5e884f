package jp.resas.ops.functions.cost;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import jp.resas.ops.cost.infrastructure.CostCollectorService;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.ScheduledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * {@code cost-collector}: one month of Cost Explorer figures, from {@code {"month":"2026-11"}} (or
 * {@code {"date":…}}: its month; nothing: this month in Japan time). A failed run fails the invocation.
 */
public final class CostCollectorHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CostCollectorHandler.class);

    private final CostCollectorService collector;
    private final ObjectMapper json;
    private final HandlerMetrics metrics;
    private final Clock clock;

    public CostCollectorHandler() {
        this(LambdaPlatform.start());
    }

    public CostCollectorHandler(ApplicationContext context) {
        this(context.getBean(CostCollectorService.class), context.getBean(ObjectMapper.class),
                HandlerMetrics.of(context), context.getBean(Clock.class));
    }

    CostCollectorHandler(CostCollectorService collector, ObjectMapper json, HandlerMetrics metrics, Clock clock) {
        this.collector = collector;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        RunReport report = PowertoolsLogging.withLogging(context, () -> handle(event));
        output.write(json.writeValueAsBytes(report));
    }

    private RunReport handle(String event) {
        CollectionPeriod month = ScheduledEvent.month(event, clock);
        RunReport report = collector.collect(month);
        metrics.publish(Map.of("CostRowsStored", report.counts().getOrDefault("costMonthlyRows", 0),
                "CollectorItemsMissing", report.missing().size()));
        LOG.info("cost collected for {}: {} {}", month.label(), report.status(), report.counts());
        return report;
    }
}
