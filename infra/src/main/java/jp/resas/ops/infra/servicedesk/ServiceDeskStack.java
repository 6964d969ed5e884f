package jp.resas.ops.infra.servicedesk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.ResasFunctionProps;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * Every five minutes {@code ticket-sla} checks each open ticket's SLA clocks in government business
 * hours and raises each warning and breach once, to the tickets' timelines and to an SNS topic the
 * operators subscribe to (e-mail, chat).
 */
public final class ServiceDeskStack extends Stack {

    static final String TOPIC_ENV = "SLA_ALERT_TOPIC_ARN";

    private final Topic slaAlerts;
    private final ResasFunction ticketSla;

    public ServiceDeskStack(Construct scope, String id, ServiceDeskStackProps props) {
        super(scope, id, props.stack());
        Key key = Key.Builder.create(this, "SlaAlertKey")
                .description("Encrypts the RESAS Ops SLA alert topic")
                .enableKeyRotation(true)
                .build();
        this.slaAlerts = Topic.Builder.create(this, "SlaAlertTopic")
                .displayName("RESAS Ops SLA alerts")
                .masterKey(key)
                .enforceSsl(true)
                .build();

        Map<String, String> environment = new HashMap<>(props.database().environment());
        environment.put(TOPIC_ENV, slaAlerts.getTopicArn());
        this.ticketSla = new ResasFunction(this, "TicketSla", ResasFunctionProps.builder()
                .serviceName("ticket-sla")
                .handler("jp.resas.ops.functions.sla.TicketSlaHandler::handleRequest")
                .code(props.functions().code())
                .timeout(Duration.seconds(60))
                .environment(environment)
                .vpc(props.vpc())
                .securityGroups(List.of(props.database().clientSecurityGroup()))
                .build());
        props.database().grantTo(ticketSla.function());
        slaAlerts.grantPublish(ticketSla.function());
        Suppress.findings(ticketSla.function(), "AwsSolutions-IAM5",
                "Publishing to a KMS-encrypted topic needs kms:GenerateDataKey* (every data-key variant); the "
                        + "statement is scoped to the topic's own key.", List.of("Action::kms:GenerateDataKey*"));

        Schedule.Builder.create(this, "TicketSlaSchedule")
                .description("Checks SLA clocks of open tickets every five minutes")
                .schedule(ScheduleExpression.rate(Duration.minutes(5)))
                // A missed run is made up by the next one: each alert is claimed once in the database.
                .target(LambdaInvoke.Builder.create(ticketSla.alias())
                        .input(ScheduleTargetInput.fromObject(Map.of()))
                        .retryAttempts(0)
                        .build())
                .build();

        CfnOutput.Builder.create(this, "SlaAlertTopicArn").value(slaAlerts.getTopicArn()).build();
    }

    public Topic slaAlertTopic() {
        return slaAlerts;
    }

    public ResasFunction ticketSlaFunction() {
        return ticketSla;
    }
}
