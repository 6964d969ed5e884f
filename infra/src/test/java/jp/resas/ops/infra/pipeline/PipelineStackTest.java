package jp.resas.ops.infra.pipeline;

import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PipelineStackTest {

    private final PipelineStack stack = stacks().pipeline();
    private final Template pipeline = template(stack);

    private String definition() {
        Map<String, Map<String, Object>> machines = pipeline.findResources("AWS::StepFunctions::StateMachine");
        assertThat(machines).hasSize(1);
        Map<String, Object> properties = (Map<String, Object>) machines.values().iterator().next().get("Properties");
        return String.valueOf(properties.get("DefinitionString"));
    }

    @Test
    void stateMachine_isTheSharedDefinition_withItsFunctionsSubstituted() {
        pipeline.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
                "StateMachineName", "ResasOps-DataUpdate",
                "DefinitionSubstitutions", Match.objectLike(Map.of(
                        "CollectFunction", Match.anyValue(), "ProcessFunction", Match.anyValue(),
                        "ApprovalFunction", Match.anyValue(), "PublishFunction", Match.anyValue(),
                        "FailFunction", Match.anyValue(), "StagingBucket", Match.anyValue())))));
    }

    @Test
    void chunks_runInADistributedMap_withBoundedConcurrency_andNoToleratedFailure() {
        assertThat(definition()).contains("\"Mode\": \"DISTRIBUTED\"").contains("\"MaxConcurrency\": 4")
                .contains("\"ToleratedFailureCount\": 0");
    }

    @Test
    void approval_waitsForATaskToken_withATimeoutAndAHeartbeat() {
        assertThat(definition()).contains("lambda:invoke.waitForTaskToken").contains("\"TimeoutSeconds\": 604800")
                .contains("\"HeartbeatSeconds\": 259200");
    }

    @Test
    void stateMachine_logsAndTraces() {
        pipeline.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
                "TracingConfiguration", Map.of("Enabled", true),
                "LoggingConfiguration", Match.objectLike(Map.of("Level", "ALL")))));
    }

    @Test
    void rawBucket_isVersioned_encrypted_andNeverPublic() {
        pipeline.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Match.anyValue(),
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true))));
    }

    @Test
    void buckets_refuseRequestsWithoutTls() {
        pipeline.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
    }

    @Test
    void schedule_startsTheStateMachine_forTheEstatDataset() {
        pipeline.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "Target", Match.objectLike(Map.of("Input", Match.stringLikeRegexp("census-population"))))));
    }

    @Test
    void schedule_runsInJapanTime() {
        pipeline.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 9 ? 1,4,7,10 2#1 *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo")));
    }

    @Test
    void collect_readsTheEstatAppIdFromSecretsManager() {
        pipeline.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.pipeline.CollectHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        PipelineStack.ESTAT_SECRET_ENV, Match.anyValue(), PipelineStack.RAW_BUCKET_ENV, Match.anyValue()))))));
    }

    @Test
    void onlyCollect_isToldAboutTheEstatSecret() {
        Map<String, Map<String, Object>> told = pipeline.findResources("AWS::Lambda::Function", Map.of(
                "Properties", Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(
                        PipelineStack.ESTAT_SECRET_ENV, Match.anyValue()))))));
        assertThat(told.values().stream().map(f -> String.valueOf(((Map<?, ?>) f.get("Properties")).get("Handler"))).toList())
                .containsExactly("jp.resas.ops.functions.pipeline.CollectHandler::handleRequest");
    }

    @Test
    void schedule_givesEveryInputFieldExplicitly_includingTheNullOnes() {
        pipeline.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "Target", Match.objectLike(Map.of("Input", Match.stringLikeRegexp("^\\{\"runId\":null,"
                        + "\"dataset\":\"census-population\",\"roundId\":null,\"inboxKey\":null,"
                        + "\"startedBy\":\"scheduler\",\"scheduledTime\":\"<aws\\.scheduler\\.scheduled-time>\"\\}$"))))));
    }

    @Test
    void stateMachineLogs_areVendedLogs() {
        pipeline.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", PipelineStack.LOG_GROUP_PREFIX + PipelineStack.STATE_MACHINE_NAME));
    }
}
