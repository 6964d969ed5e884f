package jp.resas.ops.infra.monitoring;

import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.nag.Suppress;
import jp.resas.ops.infra.notification.NotificationsStack;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.sns.Subscription;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.LambdaSubscription;
import software.amazon.awscdk.services.sns.subscriptions.LambdaSubscriptionProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * Alarm intake: CloudWatch alarm state changes arrive through EventBridge (every alarm in the
 * account and region) or the alarm topic (alarms that notify SNS), and become incidents. Every
 * path ends in one dead-letter queue, so a rejected or undeliverable event is kept, not lost.
 * The platform's own errors and that queue's depth alarm to the same topic: it watches itself.
 */
public final class MonitoringStack extends Stack {

    private final ResasFunction alarmIntake;
    private final Topic alarmTopic;
    private final Queue deadLetterQueue;
    private final StateMachine alarmReplay;

    public MonitoringStack(Construct scope, String id, MonitoringStackProps props) {
        super(scope, id, props.stack());
        this.deadLetterQueue = Queue.Builder.create(this, "AlarmIntakeDlq")
                // SQS-managed keys: EventBridge and SNS cannot deliver to a queue under the AWS-managed KMS key.
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        Suppress.rule(deadLetterQueue, "AwsSolutions-SQS3",
                "This queue is the dead-letter queue of the alarm-intake function, its EventBridge target and "
                        + "its SNS subscription; cdk-nag only recognises queues named in another queue's redrive policy.");

        // One alarm is one small transaction (a minute's timeout); alarms come in bursts, five at once is plenty
        // (catalogue/functions.json) and async retries absorb throttling.
        this.alarmIntake = CatalogueFunctions.create(this, "alarm-intake", props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), intakeEnvironment(props));
        props.database().grantTo(alarmIntake.function());
        // A severity 1-2 incident that waits for its page starts the notification sweep: that function only.
        alarmIntake.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(NotificationsStack.sweepAliasArn(this)))
                .build());
        // Two retries (about 1 and 2 minutes later) absorb a database failover or resume from pause; a
        // malformed event fails the same way every time and lands in the queue within minutes.
        alarmIntake.alias().configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .retryAttempts(2)
                .maxEventAge(Duration.hours(6))
                .onFailure(new SqsDestination(deadLetterQueue))
                .build());

        Rule.Builder.create(this, "AlarmStateChangeRule")
                .description("Every CloudWatch alarm state change in this account and region, to alarm intake")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.cloudwatch"))
                        .detailType(List.of("CloudWatch Alarm State Change"))
                        .build())
                .targets(List.of(new LambdaFunction(alarmIntake.alias(), LambdaFunctionProps.builder()
                        .deadLetterQueue(deadLetterQueue)
                        .retryAttempts(8)
                        .maxEventAge(Duration.hours(6))
                        .build())))
                .build();

        this.alarmTopic = new AlarmTopic(this, "Alarms").topic();
        Subscription subscription = alarmTopic.addSubscription(new LambdaSubscription(alarmIntake.alias(),
                LambdaSubscriptionProps.builder().deadLetterQueue(deadLetterQueue).build()));
        Validations.of(subscription).acknowledge(Acknowledgment.builder()
                .id("CloudFormation-Validate::W3694")
                .reason("SNS accepts a qualified function ARN (here the live alias, needed for SnapStart) as a "
                        + "lambda endpoint; the validator only expects an unqualified function.")
                .build());

        List<ResasFunction> watched = new ArrayList<>(props.watchedFunctions());
        watched.add(alarmIntake);
        new PlatformAlarms(this, "PlatformAlarms", alarmTopic, watched, deadLetterQueue);

        this.alarmReplay = new AlarmReplay(this, "AlarmReplay", alarmIntake).stateMachine();

        CfnOutput.Builder.create(this, "AlarmTopicArn").value(alarmTopic.getTopicArn()).build();
    }

    private static java.util.Map<String, String> intakeEnvironment(MonitoringStackProps props) {
        java.util.Map<String, String> environment = new java.util.HashMap<>(props.database().environment());
        // Micronaut reads it as resas.notifications.sweep.function (the asynchronous invoke's target).
        environment.put("RESAS_NOTIFICATIONS_SWEEP_FUNCTION",
                NotificationsStack.SWEEP_FUNCTION_NAME + ":" + ResasFunction.ALIAS_NAME);
        return environment;
    }

    public ResasFunction alarmIntakeFunction() {
        return alarmIntake;
    }

    public Topic alarmTopic() {
        return alarmTopic;
    }

    public Queue deadLetterQueue() {
        return deadLetterQueue;
    }

    public StateMachine alarmReplay() {
        return alarmReplay;
    }
}
