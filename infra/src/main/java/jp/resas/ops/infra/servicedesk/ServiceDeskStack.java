package jp.resas.ops.infra.servicedesk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * Every five minutes of government business hours (JST, weekdays 9:00-17:00), and once at opening,
 * {@code ticket-sla} checks each open ticket's SLA clocks in government business
 * hours and raises each warning and breach once, to the tickets' timelines and to an SNS topic the
 * operators subscribe to (e-mail, chat).
 */
public final class ServiceDeskStack extends Stack {

    /**
     * The SLA alert topic; Micronaut reads it as {@code resas.sla.alert-topic-arn}. The schedules (catalogue/schedules.json):
     * SLA clocks only run in business hours (BusinessCalendarSettings: 9:00-17:00 JST on 開庁日), so the checks do
     * too (around the clock they would keep the database from ever pausing), plus one at opening.
     */
    static final String TOPIC_ENV = "RESAS_SLA_ALERT_TOPIC_ARN";

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
        this.ticketSla = CatalogueFunctions.create(this, "ticket-sla", props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), environment);
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
        CatalogueSchedules.wire(this, Map.of("ticket-sla", ticketSla.alias()), Map.of());

        CfnOutput.Builder.create(this, "SlaAlertTopicArn").value(slaAlerts.getTopicArn()).build();
    }


    public Topic slaAlertTopic() {
        return slaAlerts;
    }

    public ResasFunction ticketSlaFunction() {
        return ticketSla;
    }
}
