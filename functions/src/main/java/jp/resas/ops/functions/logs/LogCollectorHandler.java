package jp.resas.ops.functions.logs;

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
import jp.resas.ops.monitoring.logs.infrastructure.LogCollectorService;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import java.util.List;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.ScheduledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * {@code log-collector}: one day of Logs Insights error counts and signatures, from {@code {"date":"2026-11-26"}} (or
 * {@code {"month":"2026-11"}}: every day of it; nothing: yesterday in Japan time). A failed day fails the
 * invocation (days before it stay stored).
 */
public final class LogCollectorHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LogCollectorHandler.class);

    private final LogCollectorService collector;
    private final ObjectMapper json;
    private final HandlerMetrics metrics;
    private final Clock clock;

    public LogCollectorHandler() {
        this(LambdaPlatform.start());
    }

    public LogCollectorHandler(ApplicationContext context) {
        this(context.getBean(LogCollectorService.class), context.getBean(ObjectMapper.class),
                HandlerMetrics.forEnvironment(), context.getBean(Clock.class));
    }

    LogCollectorHandler(LogCollectorService collector, ObjectMapper json, HandlerMetrics metrics, Clock clock) {
        this.collector = collector;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> report = PowertoolsLogging.withLogging(context, () -> handle(event));
        output.write(json.writeValueAsBytes(report));
    }

    private Map<String, Object> handle(String event) {
        CollectionPeriod days = ScheduledEvent.days(event, clock);
        List<RunReport> reports = collector.collect(days);
        metrics.publish(Map.of("CollectorDaysStored", reports.size(),
                "CollectorItemsMissing", reports.stream().mapToInt(r -> r.missing().size()).sum()));
        LOG.info("log errors collected for {}: {}", days.label(), reports.stream().map(r -> r.period() + " " + r.status()).toList());
        return Map.of("runs", reports);
    }
}
