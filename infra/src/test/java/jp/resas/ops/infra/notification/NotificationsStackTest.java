package jp.resas.ops.infra.notification;

import static jp.resas.ops.infra.testutils.SynthesizedApp.allStacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NotificationsStackTest {

    private final NotificationsStack stack = allStacks().filter(NotificationsStack.class::isInstance)
            .map(NotificationsStack.class::cast).findFirst().orElseThrow();
    private final Template notifications = template(stack);

    @Test
    void theSweep_hasNoRateSchedule_onlyTheBusinessHoursDigest_inJapanTime() {
        Map<String, Object> sweepAlias = Map.of("Ref", logicalId(stack.notifyFunction().alias()));
        assertThat(notifications.findResources("AWS::Scheduler::Schedule", Map.of("Properties", Map.of(
                "ScheduleExpression", Match.stringLikeRegexp("^rate\\(.*"))))).isEmpty();
        Map<String, Map<String, Object>> sweeps = notifications.findResources("AWS::Scheduler::Schedule",
                Map.of("Properties", Match.objectLike(Map.of("Target", Match.objectLike(Map.of("Arn", sweepAlias))))));
        assertThat(sweeps).hasSize(1);
        notifications.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0/15 9-16 ? * MON-FRI *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo",
                "Target", Match.objectLike(Map.of("Arn", sweepAlias,
                        "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 2)))))));
    }

    @Test
    void theSweep_isNamed_andToldItsScheduleGroup_targetAndSchedulerRole() {
        notifications.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "resas-ops-incident-notify",
                "Handler", "jp.resas.ops.functions.notification.IncidentNotifyHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_NOTIFICATIONS_SWEEP_SCHEDULE_GROUP", "resas-ops-sweep",
                        "RESAS_NOTIFICATIONS_SWEEP_TARGET_ARN", Map.of("Fn::Join", List.of("", List.of("arn:aws:lambda:ap-northeast-1:",
                                Map.of("Ref", "AWS::AccountId"), ":function:resas-ops-incident-notify:live"))),
                        "RESAS_NOTIFICATIONS_SWEEP_ROLE_ARN", Match.objectLike(Map.of("Fn::GetAtt",
                                List.of(schedulerRoleId(), "Arn")))))))));
        notifications.hasResourceProperties("AWS::Scheduler::ScheduleGroup", Map.of("Name", "resas-ops-sweep"));
    }

    @Test
    void theSweep_mayCreateSchedulesInItsGroupWithItsPrefixOnly_andPassOnlyTheSchedulerRole() {
        notifications.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", "scheduler:CreateSchedule", "Effect", "Allow",
                                "Resource", Map.of("Fn::Join", List.of("", List.of("arn:aws:scheduler:ap-northeast-1:",
                                        Map.of("Ref", "AWS::AccountId"), ":schedule/resas-ops-sweep/sweep-*"))))),
                        Match.objectLike(Map.of("Action", "iam:PassRole",
                                "Resource", Map.of("Fn::GetAtt", List.of(schedulerRoleId(), "Arn")),
                                "Condition", Map.of("StringEquals",
                                        Map.of("iam:PassedToService", "scheduler.amazonaws.com"))))))))));
        ObjectMapper json = new ObjectMapper();
        notifications.findResources("AWS::IAM::Policy").values().forEach(policy -> json.valueToTree(policy)
                .at("/Properties/PolicyDocument/Statement").forEach(statement -> {
                    String actions = statement.path("Action").toString();
                    if (actions.contains("scheduler:") || actions.contains("iam:PassRole")) {
                        assertThat(actions).doesNotContain("scheduler:*", "UpdateSchedule", "iam:*");
                        assertThat(statement.path("Resource").toString()).isNotEqualTo("\"*\"");
                    }
                }));
    }

    @Test
    void theSchedulerRole_isAssumedByTheSchedulerOfThisAccount_andInvokesTheSweepAliasOnly() {
        notifications.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "scheduler.amazonaws.com"),
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount",
                                Map.of("Ref", "AWS::AccountId")))))))))));
        notifications.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", schedulerRoleId())),
                "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Map.of(
                        "Action", "lambda:InvokeFunction", "Effect", "Allow",
                        "Resource", Map.of("Ref", logicalId(stack.notifyFunction().alias()))))))));
    }

    private String schedulerRoleId() {
        return notifications.findResources("AWS::IAM::Role", Map.of("Properties", Match.objectLike(Map.of(
                "Description", Match.stringLikeRegexp("^EventBridge Scheduler invokes the notification sweep.*")))))
                .keySet().iterator().next();
    }

    @Test
    void reports_runInTheBusinessHoursOfTheirDueDays_inJapanTime_withKindAndPlannedTime() throws Exception {
        Map<String, JsonNode> inputs = new HashMap<>();
        Map<String, Map<String, Object>> schedules = notifications.findResources("AWS::Scheduler::Schedule");
        ObjectMapper json = new ObjectMapper();
        for (Map<String, Object> schedule : schedules.values()) {
            JsonNode properties = json.valueToTree(schedule).path("Properties");
            if (properties.at("/Target/Arn/Ref").asText().equals(logicalId(stack.reportFunction().alias()))) {
                assertThat(properties.path("ScheduleExpressionTimezone").asText()).isEqualTo("Asia/Tokyo");
                inputs.put(properties.path("ScheduleExpression").asText(),
                        json.readTree(properties.at("/Target/Input").asText()));
            }
        }

        assertThat(inputs).containsOnlyKeys("cron(0 9-17 1-7 * ? *)", "cron(0 9-17 ? * MON-FRI *)");
        assertThat(inputs.get("cron(0 9-17 1-7 * ? *)")).isEqualTo(json.readTree(
                "{\"kind\":\"MONTHLY\",\"at\":\"<aws.scheduler.scheduled-time>\"}"));
        assertThat(inputs.get("cron(0 9-17 ? * MON-FRI *)")).isEqualTo(json.readTree(
                "{\"kind\":\"WEEKLY\",\"at\":\"<aws.scheduler.scheduled-time>\"}"));
    }

    @Test
    void theTopic_isNamedEncryptedAndTheFunctionsAreToldIt() {
        notifications.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of(
                "TopicName", "resas-ops-notifications", "KmsMasterKeyId", Match.anyValue())));
        for (String handler : new String[] {"jp.resas.ops.functions.notification.IncidentNotifyHandler::handleRequest",
                "jp.resas.ops.functions.report.ReportScheduleHandler::handleRequest"}) {
            notifications.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Handler", handler,
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "RESAS_NOTIFICATIONS_SNS_TOPIC_ARN", Map.of("Ref", logicalId(stack.topic())),
                            "RESAS_PORTAL_BASE_URL", Match.anyValue()))))));
        }
    }

    @Test
    void reportSchedule_storesReportsWhereTheApiReadsThem() {
        notifications.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.report.ReportScheduleHandler::handleRequest",
                "MemorySize", 2048,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_ATTACHMENTS_BUCKET", Match.anyValue()))))));
        notifications.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(java.util.List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(java.util.List.of("s3:GetObject", "s3:PutObject"))))))))));
    }
}
