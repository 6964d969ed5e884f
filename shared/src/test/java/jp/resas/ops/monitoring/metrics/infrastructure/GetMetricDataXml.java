package jp.resas.ops.monitoring.metrics.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * GetMetricData answers in the query protocol's XML, the shape LocalStack's query-protocol snapshot
 * recorded against AWS shows ({@code GetMetricDataResponse/GetMetricDataResult/MetricDataResults/member}
 * with {@code Timestamps/member} and {@code Values/member}).
 */
public final class GetMetricDataXml {

    public record Result(String id, String label, String statusCode, List<Instant> timestamps, List<Double> values) {
    }

    private GetMetricDataXml() {
    }

    public static String response(List<Result> results, String nextToken) {
        StringBuilder xml = new StringBuilder("<GetMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                + "<GetMetricDataResult><MetricDataResults>");
        for (Result result : results) {
            xml.append("<member><Id>").append(result.id()).append("</Id><Label>").append(result.label())
                    .append("</Label><StatusCode>").append(result.statusCode()).append("</StatusCode><Timestamps>");
            result.timestamps().forEach(t -> xml.append("<member>").append(t).append("</member>"));
            xml.append("</Timestamps><Values>");
            result.values().forEach(v -> xml.append("<member>").append(v).append("</member>"));
            xml.append("</Values></member>");
        }
        xml.append("</MetricDataResults><Messages/>");
        if (nextToken != null) {
            xml.append("<NextToken>").append(nextToken).append("</NextToken>");
        }
        return xml.append("</GetMetricDataResult><ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000"
                + "</RequestId></ResponseMetadata></GetMetricDataResponse>").toString();
    }
}
