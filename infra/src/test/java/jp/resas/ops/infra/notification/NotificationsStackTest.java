package jp.resas.ops.infra.notification;

import static jp.resas.ops.infra.testutils.SynthesizedApp.allStacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NotificationsStackTest {

    private final NotificationsStack stack = allStacks().filter(NotificationsStack.class::isInstance)
            .map(NotificationsStack.class::cast).findFirst().orElseThrow();
    private final Template notifications = template(stack);

    @Test
    void theSweep_runsEveryMinute_invokingIncidentNotify() {
        notifications.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "rate(1 minute)",
                "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", logicalId(stack.notifyFunction().alias())),
                        "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 2)))))));
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
