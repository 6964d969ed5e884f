package jp.resas.ops.functions.metrics;

import io.micronaut.context.ApplicationContext;
import jp.resas.ops.monitoring.metrics.infrastructure.MetricsCollectorService;
import jp.resas.ops.functions.platform.DailyCollectorHandler;
import jp.resas.ops.functions.platform.LambdaPlatform;

/** {@code metrics-collector}: CloudWatch metrics per day, with headroom flags, and the month's availability. */
public final class MetricsCollectorHandler extends DailyCollectorHandler {

    public MetricsCollectorHandler() {
        this(LambdaPlatform.start());
    }

    public MetricsCollectorHandler(ApplicationContext context) {
        super("metrics-collector", context.getBean(MetricsCollectorService.class)::collect, context);
    }
}
