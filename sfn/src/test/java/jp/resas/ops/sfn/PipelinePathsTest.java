package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import jp.resas.ops.sfn.testing.SfnTestKit;
import jp.resas.ops.sfn.testutils.Definitions;
import org.junit.jupiter.api.Test;

/** Drives each path of a small approval pipeline with {@link SfnTestKit}, as pipeline tests will. */
class PipelinePathsTest {

    private SfnTestKit pipeline() {
        return SfnTestKit.of(StateMachine.parse("Approval", Definitions.read("approval.asl.json")))
                .lambda("LoadVersion", event -> Json.object().put("version", "v3"));
    }

    @Test
    void approved_publishesTheLoadedVersion() {
        Execution e = pipeline().taskReturns("Approve", Json.object().put("approver", "owner")).run("{}");

        assertThat(SfnTestKit.statesEntered(e)).as(e.toJson().toString()).containsExactly("Load", "Approve", "Publish");
        assertThat(e.output()).isEqualTo(Json.parse("{\"published\":\"v3\",\"by\":\"owner\"}"));
    }

    @Test
    void rejected_failsWithNotApproved_andPublishesNothing() {
        Execution e = pipeline().taskFails("Approve", "Rejected", "wrong totals").run("{}");

        assertThat(SfnTestKit.statesEntered(e)).as(e.toJson().toString()).containsExactly("Load", "Approve", "Rejected");
        assertThat(e.toJson()).isEqualTo(Json.parse(
                "{\"status\":\"FAILED\",\"error\":\"NotApproved\",\"cause\":\"wrong totals\"}"));
    }

    @Test
    void aLoadFailure_failsTheExecution_withTheHandlersError() {
        Execution e = SfnTestKit.of(StateMachine.parse("Approval", Definitions.read("approval.asl.json")))
                .lambdaFails("LoadVersion", "jp.resas.ops.ValidationException", "row 3: bad code").run("{}");

        assertThat(e.error()).isEqualTo("jp.resas.ops.ValidationException");
        assertThat(Json.parse(e.cause()).get("errorMessage").asText()).isEqualTo("row 3: bad code");
    }

    @Test
    void anUnsupportedResource_failsTheExecution_namingIt() {
        Execution e = SfnTestKit.of("""
                {"StartAt": "Q", "States": {"Q": {"Type": "Task",
                  "Resource": "arn:aws:states:::athena:startQueryExecution.sync", "End": true}}}""").run("{}");

        assertThat(e.error()).isEqualTo("States.Runtime");
        assertThat(e.cause()).contains("'arn:aws:states:::athena:startQueryExecution'").contains("not supported");
    }

    @Test
    void s3AndSnsIntegrations_runLocally() {
        var kit = SfnTestKit.of("""
                {"StartAt": "Put", "States": {
                  "Put": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:putObject",
                    "Parameters": {"Bucket": "b", "Key": "k.json", "Body.$": "$"}, "ResultPath": null, "Next": "Get"},
                  "Get": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
                    "Parameters": {"Bucket": "b", "Key": "k.json"}, "ResultSelector": {"body.$": "States.StringToJson($.Body)"},
                    "Next": "Tell"},
                  "Tell": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                    "Parameters": {"TopicArn": "arn:aws:sns:ap-northeast-1:1:t", "Message.$": "$.body.msg"},
                    "ResultPath": null, "End": true}}}""");
        try (Runner runner = kit.runner()) {
            Execution e = runner.run(StateMachine.parse("Io", """
                    {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}"""), null, Json.object());
            assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
        Execution e = kit.run("{\"msg\":\"updated\"}");

        assertThat(e.output()).isEqualTo(Json.parse("{\"body\":{\"msg\":\"updated\"}}"));
    }
}
