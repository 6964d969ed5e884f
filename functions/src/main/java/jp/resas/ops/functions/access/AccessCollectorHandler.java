package jp.resas.ops.functions.access;

import io.micronaut.context.ApplicationContext;
import jp.resas.ops.access.infrastructure.AccessCollectorService;
import jp.resas.ops.functions.platform.DailyCollectorHandler;
import jp.resas.ops.functions.platform.LambdaPlatform;

/** {@code access-collector}: CloudFront access-log analysis per day (page views, visitors, pages, statuses, referrers). */
public final class AccessCollectorHandler extends DailyCollectorHandler {

    public AccessCollectorHandler() {
        this(LambdaPlatform.start());
    }

    public AccessCollectorHandler(ApplicationContext context) {
        super("access-collector", context.getBean(AccessCollectorService.class)::collect, context);
    }
}
