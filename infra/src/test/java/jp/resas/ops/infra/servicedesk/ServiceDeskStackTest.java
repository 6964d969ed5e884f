package jp.resas.ops.infra.servicedesk;

import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ServiceDeskStackTest {

    private final ServiceDeskStack stack = stacks().serviceDesk();
    private final Template serviceDesk = template(stack);

    @Test
    void ticketSla_runsEveryFiveMinutesOfBusinessHours_inJapanTime_onItsLiveAlias() {
        serviceDesk.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(5-55/5 9-16 ? * MON-FRI *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo",
                "Target", Match.objectLike(Map.of(
                        "Arn", Map.of("Ref", logicalId(stack.ticketSlaFunction().alias())))))));
    }

    @Test
    void ticketSla_runsOnceAtOpening_inJapanTime() {
        serviceDesk.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 9 ? * MON-FRI *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo")));
    }

    @Test
    void ticketSla_neverRunsAroundTheClock() {
        assertThat(serviceDesk.findResources("AWS::Scheduler::Schedule", Map.of("Properties", Map.of(
                "ScheduleExpression", Match.stringLikeRegexp("^rate\\(.*"))))).isEmpty();
    }

    @Test
    void ticketSla_failedRunIsRetried() {
        serviceDesk.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Map.of(
                "FunctionName", Map.of("Ref", logicalId(stack.ticketSlaFunction().function())),
                "Qualifier", Match.anyValue(),
                "MaximumRetryAttempts", 2,
                "MaximumEventAgeInSeconds", 1800));
    }

    @Test
    void ticketSla_publishesToTheSlaAlertTopic() {
        serviceDesk.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.sla.TicketSlaHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        ServiceDeskStack.TOPIC_ENV, Map.of("Ref", logicalId(stack.slaAlertTopic()))))))));
        serviceDesk.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "sns:Publish",
                        "Resource", Map.of("Ref", logicalId(stack.slaAlertTopic()))))))))));
    }

    @Test
    void slaAlertTopic_isKmsEncrypted() {
        serviceDesk.hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId", Match.anyValue()));
    }
}
