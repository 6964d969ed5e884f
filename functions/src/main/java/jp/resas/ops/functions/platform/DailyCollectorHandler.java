package jp.resas.ops.functions.platform;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.ScheduledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * A collector that works day by day: the event names a day ({@code {"date":"2026-11-26"}}) or a month
 * ({@code {"month":"2026-11"}}: every day of it); without either, yesterday in Japan time. Every day is
 * tried: a failed day is recorded (and escalated) and the later days still run; then the invocation fails naming
 * every failed day ({@code CollectorRunner.eachDay}), so the schedule's retry and the function's error alarm apply,
 * while the days that were stored stay stored. Each collector is a subclass naming its
 * use case, so every Lambda function has its own handler class.
 */
public abstract class DailyCollectorHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DailyCollectorHandler.class);

    private final String name;
    private final Function<CollectionPeriod, List<RunReport>> collector;
    private final ObjectMapper json;
    private final HandlerMetrics metrics;
    private final Clock clock;

    protected DailyCollectorHandler(String name, Function<CollectionPeriod, List<RunReport>> collector,
            ApplicationContext context) {
        this(name, collector, context.getBean(ObjectMapper.class), HandlerMetrics.of(context),
                context.getBean(Clock.class));
    }

    protected DailyCollectorHandler(String name, Function<CollectionPeriod, List<RunReport>> collector,
            ObjectMapper json, HandlerMetrics metrics, Clock clock) {
        this.name = name;
        this.collector = collector;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> report = PowertoolsLogging.withLogging(context, () -> handle(event));
        output.write(json.writeValueAsBytes(report));
    }

    private Map<String, Object> handle(String event) {
        CollectionPeriod days = ScheduledEvent.days(event, clock);
        List<RunReport> reports = collector.apply(days);
        metrics.publish(Map.of("CollectorDaysStored", reports.size(),
                "CollectorItemsMissing", reports.stream().mapToInt(r -> r.missing().size()).sum()));
        LOG.info("{} collected for {}: {}", name, days.label(),
                reports.stream().map(r -> r.period() + " " + r.status()).toList());
        return Map.of("runs", reports);
    }
}
