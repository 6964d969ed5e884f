package jp.resas.ops.monitoring.metrics.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.metrics.MetricQuery;
import jp.resas.ops.monitoring.metrics.MetricSeries;
import jp.resas.ops.testutils.FakeAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * The real CloudWatch client. SDK 2.40.2 speaks the query protocol to it: a form-encoded POST
 * ({@code Action=GetMetricData&Version=2010-08-01&MetricDataQueries.member.N…}) answered in XML.
 */
class AwsMetricSourceTest {

    private static final Instant START = Instant.parse("2025-10-06T14:00:00Z");
    private static final String XML = "text/xml";

    private final FakeAws aws = new FakeAws();
    private final CloudWatchClient client = aws.client(CloudWatchClient.builder());
    private final AwsMetricSource source = new AwsMetricSource(client, client);

    @AfterEach
    void stop() {
        aws.close();
    }

    private static MetricQuery query(String id) {
        return new MetricQuery(id, "AWS/Lambda", "Invocations", Map.of("FunctionName", "resas-ops-api"), "Sum", 300,
                "resas-ops-api", false, null);
    }

    @Test
    void request_isQueryProtocol_withEachQueryAsFormMembers() {
        aws.respond("GetMetricData", XML, request -> GetMetricDataXml.response(List.of(), null));

        source.fetch(List.of(query("some")), START, START.plusSeconds(3600));

        FakeAws.Request request = aws.requests().get(0);
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsEntry("Action", "GetMetricData").containsEntry("Version", "2010-08-01")
                .containsEntry("MetricDataQueries.member.1.Id", "some")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Namespace", "AWS/Lambda")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value", "resas-ops-api")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Stat", "Sum")
                .containsEntry("StartTime", "2025-10-06T14:00:00Z");
    }

    @Test
    void recordedQueryProtocolResponse_isReadAsTheLocalStackSnapshotShows() {
        // test_basic_operations_multiple_protocols[query] / get-metric-data: "some" 41.0, "part" 23.0
        aws.respond("GetMetricData", XML, request -> GetMetricDataXml.response(List.of(
                new GetMetricDataXml.Result("some", "some", "Complete", List.of(START), List.of(41.0)),
                new GetMetricDataXml.Result("part", "part", "Complete", List.of(START), List.of(23.0))), null));

        Map<String, MetricSeries> series = source.fetch(List.of(query("some"), query("part")), START,
                START.plusSeconds(3600));

        assertThat(series.get("some").values()).containsExactly(41.0);
        assertThat(series.get("part").values()).containsExactly(23.0);
        assertThat(series.get("some").timestamps()).containsExactly(START);
        assertThat(series.get("some").complete()).isTrue();
    }

    @Test
    void pages_areJoinedInTimeOrder_andPartialDataThenCompleteIsComplete() {
        aws.respond("GetMetricData", XML, request -> request.form().containsKey("NextToken")
                ? GetMetricDataXml.response(List.of(new GetMetricDataXml.Result("some", "some", "Complete",
                        List.of(START.plusSeconds(300)), List.of(2.0))), null)
                : GetMetricDataXml.response(List.of(new GetMetricDataXml.Result("some", "some", "PartialData",
                        List.of(START), List.of(1.0))), "page-2"));

        MetricSeries some = source.fetch(List.of(query("some")), START, START.plusSeconds(600)).get("some");

        assertThat(some.values()).containsExactly(1.0, 2.0);
        assertThat(some.complete()).isTrue();
        assertThat(aws.requests().get(1).form()).containsEntry("NextToken", "page-2");
    }

    @Test
    void moreThan500Queries_areSentInBatchesOf500() {
        aws.respond("GetMetricData", XML, request -> GetMetricDataXml.response(List.of(), null));
        List<MetricQuery> queries = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            queries.add(query("q" + i));
        }

        source.fetch(queries, START, START.plusSeconds(3600));

        assertThat(aws.requests()).hasSize(2);
        assertThat(aws.requests().get(0).form()).containsKey("MetricDataQueries.member.500.Id")
                .doesNotContainKey("MetricDataQueries.member.501.Id");
        assertThat(aws.requests().get(1).form()).containsEntry("MetricDataQueries.member.1.Id", "q500");
    }
}
