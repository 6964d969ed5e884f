package jp.resas.ops.infra.collectors;

import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class CollectorsStackTest {

    private final CollectorsStack stack = stacks().collectors();
    private final Template collectors = template(stack);

    private Map<String, Object> aliasRef(String name) {
        return Map.of("Ref", logicalId(stack.collector(name).alias()));
    }

    @Test
    void costCollector_runsDailyInJapanTime_invokingItsAlias() {
        collectors.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 9 * * ? *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo",
                "Target", Match.objectLike(Map.of("Arn", aliasRef("cost-collector"), "Input", "{}")))));
    }

    @Test
    void everyCollector_hasASchedule() {
        collectors.resourceCountIs("AWS::Scheduler::Schedule", 4);
    }

    @Test
    void costCollector_mayOnlyReadCostExplorer() {
        collectors.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        // minimizePolicies merges X-Ray's statement (also on *) into this one.
                        "Action", List.of("ce:GetCostAndUsage", "ce:GetCostForecast", "xray:PutTelemetryRecords",
                                "xray:PutTraceSegments"), "Resource", "*"))))))));
    }

    @Test
    void logCollector_startsQueriesOnlyOnThePlatformsLogGroups() {
        collectors.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "logs:StartQuery",
                        "Resource", Match.arrayWith(List.of(Match.objectLike(Map.of("Fn::ImportValue", Match.anyValue()))))))))))));
    }

    @Test
    void accessCollector_readsOnlyTheLogFilesOfTheAccessLogBucket() {
        collectors.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "s3:GetObject",
                        "Resource", Map.of("Fn::Join", List.of("", List.of(
                                Map.of("Fn::GetAtt", List.of(logicalId(stack.accessLogs().bucket()), "Arn")),
                                "/cloudfront/*")))))))))));
    }

    @Test
    void accessLogBucket_agesOutItsLogs() {
        collectors.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "ExpirationInDays", 400,
                        "Transitions", List.of(Map.of("StorageClass", "STANDARD_IA", "TransitionInDays", 30)))))))));
    }

    @Test
    void metricsCollector_isToldWhatToMeasure() {
        collectors.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "jp.resas.ops.functions.metrics.MetricsCollectorHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_METRICS_DB_CLUSTER", "resas-ops",
                        "RESAS_METRICS_API_ID", Match.anyValue())))));
    }

    @Test
    void logCollector_readsTheHttpApiAccessLogForServerErrors() {
        collectors.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.logs.LogCollectorHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_LOGS_API_ACCESS_LOG_GROUP", Match.objectLike(Map.of("Fn::ImportValue", Match.anyValue()))))))));
    }
}
