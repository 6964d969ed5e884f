package jp.resas.ops.infra.servicedesk;

import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ServiceDeskStackTest {

    private final ServiceDeskStack stack = stacks().serviceDesk();
    private final Template serviceDesk = template(stack);

    @Test
    void ticketSla_runsEveryFiveMinutes_onItsLiveAlias() {
        serviceDesk.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "rate(5 minutes)",
                "Target", Match.objectLike(Map.of(
                        "Arn", Map.of("Ref", logicalId(stack.ticketSlaFunction().alias())))))));
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
