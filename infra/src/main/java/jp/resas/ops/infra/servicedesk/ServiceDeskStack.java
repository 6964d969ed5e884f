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
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * Every five minutes of government business hours (JST, weekdays 9:00-17:00), and once at opening,
 * {@code ticket-sla} checks each open ticket's SLA clocks in government business
 * hours and raises each warning and breach once, to the tickets' timelines and to an SNS topic the
 * operators subscribe to (e-mail, chat).
 */
public final class ServiceDeskStack extends Stack {

    static final String TOPIC_ENV = "SLA_ALERT_TOPIC_ARN";
    /**
     * SLA clocks only run in business hours (BusinessCalendarSettings: 9:00-17:00 JST on 開庁日), so the
     * checks do too: around the clock they would keep the database from ever pausing.
     */
    public static final String BUSINESS_HOURS_SCHEDULE = "cron(5-55/5 9-16 ? * MON-FRI *)";
    /** At opening: what came in overnight and the last minutes before closing, with retries. */
    public static final String OPENING_SCHEDULE = "cron(0 9 ? * MON-FRI *)";

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

        // A failed run (the database resuming from its pause) is retried about 1 and 2 minutes later; a run
        // missed altogether is made up by the next one: each alert is claimed once in the database.
        ticketSla.alias().configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .retryAttempts(2)
                .maxEventAge(Duration.minutes(30))
                .build());
        schedule("TicketSlaSchedule", "Checks SLA clocks of open tickets every five minutes of business hours (JST)",
                BUSINESS_HOURS_SCHEDULE);
        schedule("TicketSlaOpeningSchedule", "Checks SLA clocks of open tickets at opening (9:00 JST)",
                OPENING_SCHEDULE);

        CfnOutput.Builder.create(this, "SlaAlertTopicArn").value(slaAlerts.getTopicArn()).build();
    }

    private void schedule(String id, String description, String cron) {
        Schedule.Builder.create(this, id)
                .description(description)
                .schedule(ScheduleExpression.expression(cron, TimeZone.ASIA_TOKYO))
                .target(LambdaInvoke.Builder.create(ticketSla.alias())
                        .input(ScheduleTargetInput.fromObject(Map.of()))
                        .retryAttempts(2)
                        .build())
                .build();
    }

    public Topic slaAlertTopic() {
        return slaAlerts;
    }

    public ResasFunction ticketSlaFunction() {
        return ticketSla;
    }
}
