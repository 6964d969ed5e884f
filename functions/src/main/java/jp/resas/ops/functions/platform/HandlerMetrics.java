package jp.resas.ops.functions.platform;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/** Counts what a handler did. In Lambda: CloudWatch EMF through Powertools; elsewhere: a log line. */
public interface HandlerMetrics {

    /** Adds each count and publishes them together at the end of the invocation. */
    void publish(Map<String, Integer> counts);

    /**
     * Powertools where the context runs in Lambda (its function name is set), with the namespace of
     * {@code POWERTOOLS_METRICS_NAMESPACE} ({@link MetricsNamespaceSettings}) or ResasOps;
     * the log elsewhere.
     */
    static HandlerMetrics of(ApplicationContext context) {
        return context.getProperty(LambdaPlatform.FUNCTION_NAME_PROPERTY, String.class).isPresent()
                ? new PowertoolsMetrics(context.getBean(MetricsNamespaceSettings.class).configured())
                : new LoggedMetrics();
    }
}
