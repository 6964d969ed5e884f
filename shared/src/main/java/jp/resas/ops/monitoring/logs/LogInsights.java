package jp.resas.ops.monitoring.logs;

/** CloudWatch Logs Insights (port): starts a query and waits for it to complete. */
public interface LogInsights {

    /** @throws IllegalStateException naming the status when the query failed, was cancelled or timed out */
    InsightsResult run(InsightsQuery query);
}
