package jp.resas.ops.functions.logs;

import io.micronaut.context.ApplicationContext;
import jp.resas.ops.monitoring.logs.infrastructure.LogCollectorService;
import jp.resas.ops.functions.platform.DailyCollectorHandler;
import jp.resas.ops.functions.platform.LambdaPlatform;

/** {@code log-collector}: Logs Insights error counts, top error signatures and API 5xx per day. */
public final class LogCollectorHandler extends DailyCollectorHandler {

    public LogCollectorHandler() {
        this(LambdaPlatform.start());
    }

    public LogCollectorHandler(ApplicationContext context) {
        super("log-collector", context.getBean(LogCollectorService.class)::collect, context);
    }
}
