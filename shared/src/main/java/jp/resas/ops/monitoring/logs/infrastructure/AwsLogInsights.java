package jp.resas.ops.monitoring.logs.infrastructure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.logs.InsightsQuery;
import jp.resas.ops.monitoring.logs.InsightsResult;
import jp.resas.ops.monitoring.logs.LogInsights;
import jp.resas.ops.monitoring.logs.Sleeper;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/**
 * StartQuery, then GetQueryResults every {@code pollInterval} while the query is Scheduled or
 * Running, at most {@code maxPolls} times (then StopQuery: Insights would keep scanning, and
 * charging, for up to 60 minutes).
 */
public final class AwsLogInsights implements LogInsights {

    private final CloudWatchLogsClient client;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final int maxPolls;

    public AwsLogInsights(CloudWatchLogsClient client, Sleeper sleeper, Duration pollInterval, int maxPolls) {
        this.client = client;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
        this.maxPolls = maxPolls;
    }

    @Override
    public InsightsResult run(InsightsQuery query) {
        String id = client.startQuery(r -> r.logGroupNames(query.logGroups()).queryString(query.query())
                .startTime(query.start().getEpochSecond()).endTime(query.end().getEpochSecond() - 1)
                .limit(query.limit())).queryId();
        for (int poll = 0; poll < maxPolls; poll++) {
            GetQueryResultsResponse response = client.getQueryResults(r -> r.queryId(id));
            QueryStatus status = response.status();
            if (status == QueryStatus.COMPLETE) {
                List<Map<String, String>> rows = response.results().stream().map(AwsLogInsights::row).toList();
                return new InsightsResult(rows, rows.size() >= query.limit());
            }
            if (status != QueryStatus.SCHEDULED && status != QueryStatus.RUNNING) {
                throw new IllegalStateException("Logs Insights query " + id + " ended " + response.statusAsString());
            }
            sleeper.sleep(pollInterval);
        }
        client.stopQuery(r -> r.queryId(id));
        throw new IllegalStateException("Logs Insights query " + id + " still running after " + maxPolls + " polls");
    }

    private static Map<String, String> row(List<ResultField> fields) {
        Map<String, String> row = new LinkedHashMap<>();
        fields.forEach(field -> row.put(field.field(), field.value()));
        return row;
    }
}
