package jp.resas.ops.functions.platform;

import java.util.Map;

/** Counts what a handler did. In Lambda: CloudWatch EMF through Powertools; elsewhere: a log line. */
public interface HandlerMetrics {

    /** Adds each count and publishes them together at the end of the invocation. */
    void publish(Map<String, Integer> counts);

    static HandlerMetrics forEnvironment() {
        return System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null ? new PowertoolsMetrics() : new LoggedMetrics();
    }
}
