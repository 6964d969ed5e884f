package jp.resas.ops.infra.monitoring;

import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MonitoringStackTest {

    private final MonitoringStack stack = stacks().monitoring();
    private final Template monitoring = template(stack);
    private final Map<String, Object> aliasRef = Map.of("Ref", logicalId(stack.alarmIntakeFunction().alias()));
    private final Map<String, Object> dlqArn = Map.of("Fn::GetAtt", List.of(logicalId(stack.deadLetterQueue()), "Arn"));
    private final Map<String, Object> topicRef = Map.of("Ref", logicalId(stack.alarmTopic()));

    @Test
    void alarmRule_sendsAlarmStateChangesToAlarmIntake_withDeadLetterQueue() {
        monitoring.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventPattern", Map.of(
                        "source", List.of("aws.cloudwatch"),
                        "detail-type", List.of("CloudWatch Alarm State Change")),
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", aliasRef,
                        "DeadLetterConfig", Map.of("Arn", dlqArn),
                        "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 8)))))));
    }

    @Test
    void alarmTopic_isKmsEncrypted() {
        monitoring.hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId", Match.anyValue()));
        monitoring.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));
    }

    @Test
    void alarmTopic_deniesPublishingWithoutTls() {
        monitoring.hasResourceProperties("AWS::SNS::TopicPolicy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
    }

    @Test
    void alarmTopic_deliversToAlarmIntake_withDeadLetterQueue() {
        monitoring.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "lambda",
                "Endpoint", aliasRef,
                "TopicArn", topicRef,
                "RedrivePolicy", Map.of("deadLetterTargetArn", dlqArn)));
    }

    @Test
    void alarmIntake_failedAsyncInvocations_goToDeadLetterQueue() {
        monitoring.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Map.of(
                "MaximumRetryAttempts", 2,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", dlqArn))));
    }

    @Test
    void alarmIntake_runsTheAlarmHandler() {
        monitoring.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "jp.resas.ops.functions.alarm.AlarmIntakeHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_DB_NAME", "resas_ops",
                        "POWERTOOLS_SERVICE_NAME", "alarm-intake")))));
    }

    @Test
    void platformFunctionErrors_notifyTheAlarmTopic() {
        List.of("ResasOps-OpsApi-Errors", "ResasOps-AlarmIntake-Errors").forEach(name ->
                monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                        "AlarmName", name,
                        "Namespace", "AWS/Lambda",
                        "MetricName", "Errors",
                        "AlarmActions", List.of(topicRef))));
    }

    @Test
    void deadLetterQueueDepth_notifiesTheAlarmTopic() {
        monitoring.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/SQS",
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Threshold", 1,
                "AlarmActions", List.of(topicRef)));
    }

    @Test
    void deadLetterQueue_isEncrypted_andDeniesPlainHttp() {
        monitoring.hasResourceProperties("AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true));
        monitoring.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
    }

    @Test
    void alarmReplay_isALoggedTracedStateMachine_invokingAlarmIntake() {
        monitoring.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
                "StateMachineName", AlarmReplay.STATE_MACHINE_NAME,
                "TracingConfiguration", Map.of("Enabled", true),
                "LoggingConfiguration", Match.objectLike(Map.of("Level", "ALL")))));
        monitoring.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "lambda:InvokeFunction",
                        "Resource", aliasRef))))))));
    }

    @Test
    void alarmTopicKey_letsCloudWatchUseIt_onlyForThisAccount() {
        monitoring.hasResourceProperties("AWS::KMS::Key", Map.of("KeyPolicy", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId"))))))))));
    }

    @Test
    void alarmTopicKey_hasNoCloudWatchStatementWithoutTheAccountCondition() {
        monitoring.hasResourceProperties("AWS::KMS::Key", Map.of("KeyPolicy", Map.of("Statement", Match.not(
                Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                        "Condition", Match.absent()))))))));
    }

    @Test
    void alarmIntake_mayInvokeTheNotificationSweepsLiveAlias_only_andIsToldItsName() {
        monitoring.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.alarm.AlarmIntakeHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_NOTIFICATIONS_SWEEP_FUNCTION", "resas-ops-incident-notify:live"))))));
        monitoring.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Map.of("Action", "lambda:InvokeFunction", "Effect", "Allow",
                        "Resource", Map.of("Fn::Join", List.of("", List.of("arn:aws:lambda:ap-northeast-1:",
                                Map.of("Ref", "AWS::AccountId"), ":function:resas-ops-incident-notify:live"))))))))));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String intakeRole = logicalId(stack.alarmIntakeFunction().function().getRole());
        monitoring.findResources("AWS::IAM::Policy").values().stream()
                .map(policy -> json.<com.fasterxml.jackson.databind.JsonNode>valueToTree(policy))
                .filter(policy -> policy.at("/Properties/Roles").toString().contains(intakeRole))
                .forEach(policy -> policy.at("/Properties/PolicyDocument/Statement").forEach(statement -> {
                    if (statement.path("Action").toString().contains("lambda:InvokeFunction")) {
                        org.assertj.core.api.Assertions.assertThat(statement.path("Resource").toString())
                                .contains("resas-ops-incident-notify:live").doesNotContain("\"*\"");
                    }
                }));
    }
}
