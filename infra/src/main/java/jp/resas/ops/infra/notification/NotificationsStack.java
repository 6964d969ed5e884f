package jp.resas.ops.infra.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipalOpts;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.scheduler.CfnScheduleGroup;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Telling people: the notification topic ({@code resas-ops-notifications}: pages, escalations, digests,
 * "report ready"; e-mail/SMS subscriptions), {@code incident-notify} (the notification sweep: started by
 * the alarm intake when a severity 1–2 page is due, re-armed by itself with one-time schedules in its own
 * group while pages or retries wait, and run for the digest in business hours; never around the clock, so
 * Aurora can pause) and {@code report-schedule} (the monthly and weekly reports, generated once per period in the
 * first business hour after the period closes; the function decides by the government calendar, the
 * schedules only wake it in the hours that can be that hour).
 */
public final class NotificationsStack extends Stack {

    public static final String TOPIC_NAME = "resas-ops-notifications";
    /** The sweep's function name, fixed so that the intake (another stack) and the sweep itself name it without a reference. */
    public static final String SWEEP_FUNCTION_NAME = "resas-ops-incident-notify";
    /** The schedule group of the sweep's one-time wake-ups; its role may create schedules here only. */
    public static final String SWEEP_SCHEDULE_GROUP = "resas-ops-sweep";
    /** The wake-ups' names ({@code sweep-20261128T121500Z}, see ScheduledSweepWakeups). */
    public static final String SWEEP_SCHEDULE_PREFIX = "sweep-";
    // The schedules are in catalogue/schedules.json: the sweep's digest every 15 minutes of business hours (JST,
    // weekdays 9:00–16:45; sent only when the government calendar says open, and a backstop for a lost trigger);
    // the monthly report hourly 09:00–17:00 JST on days 1–7 (the first 開庁日 of a month is always among them);
    // the weekly one hourly 09:00–17:00 JST on weekdays (Monday's first business hour, or the next open day's).

    private final Topic topic;
    private final ResasFunction notify;
    private final ResasFunction reports;

    public NotificationsStack(Construct scope, String id, NotificationsStackProps props) {
        super(scope, id, props.stack());
        Key key = Key.Builder.create(this, "NotificationKey")
                .description("Encrypts the RESAS Ops notification topic")
                .enableKeyRotation(true)
                .build();
        this.topic = Topic.Builder.create(this, "NotificationTopic")
                .topicName(TOPIC_NAME)
                .displayName("RESAS Ops")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        props.email().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));

        Map<String, String> environment = new HashMap<>(props.database().environment());
        // Micronaut reads these as resas.notifications.sns.topic-arn and resas.portal.base-url.
        environment.put("RESAS_NOTIFICATIONS_SNS_TOPIC_ARN", topic.getTopicArn());
        environment.put("RESAS_PORTAL_BASE_URL", props.linkBase());
        ISecret chat = props.chatWebhookSecret().map(name -> Secret.fromSecretNameV2(this, "ChatWebhookSecret", name))
                .orElse(null);
        if (chat != null) {
            environment.put("RESAS_CHAT_WEBHOOK_SECRET_ARN", chat.getSecretArn());
        }

        // The scheduler invokes the sweep's live alias with this role; only the sweep may pass it.
        Role sweepScheduler = Role.Builder.create(this, "SweepSchedulerRole")
                .description("EventBridge Scheduler invokes the notification sweep for its one-time wake-ups")
                .assumedBy(new ServicePrincipal("scheduler.amazonaws.com", ServicePrincipalOpts.builder()
                        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", getAccount()))).build()))
                .build();
        CfnScheduleGroup.Builder.create(this, "SweepScheduleGroup").name(SWEEP_SCHEDULE_GROUP).build();
        Map<String, String> sweepEnvironment = new HashMap<>(environment);
        // Micronaut reads these as resas.notifications.sweep.schedule-group, .target-arn and .role-arn.
        sweepEnvironment.put("RESAS_NOTIFICATIONS_SWEEP_SCHEDULE_GROUP", SWEEP_SCHEDULE_GROUP);
        sweepEnvironment.put("RESAS_NOTIFICATIONS_SWEEP_TARGET_ARN", sweepAliasArn(this));
        sweepEnvironment.put("RESAS_NOTIFICATIONS_SWEEP_ROLE_ARN", sweepScheduler.getRoleArn());
        this.notify = function(props, "incident-notify", sweepEnvironment);
        ((CfnFunction) notify.function().getNode().getDefaultChild()).setFunctionName(SWEEP_FUNCTION_NAME);
        sweepScheduler.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(notify.alias().getFunctionArn()))
                .build());
        notify.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("scheduler:CreateSchedule"))
                .resources(List.of(formatArn(ArnComponents.builder().service("scheduler").resource("schedule")
                        .resourceName(SWEEP_SCHEDULE_GROUP + "/" + SWEEP_SCHEDULE_PREFIX + "*")
                        .arnFormat(ArnFormat.SLASH_RESOURCE_NAME).build())))
                .build());
        notify.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("iam:PassRole"))
                .resources(List.of(sweepScheduler.getRoleArn()))
                .conditions(Map.of("StringEquals", Map.of("iam:PassedToService", "scheduler.amazonaws.com")))
                .build());
        Map<String, String> reportEnvironment = new HashMap<>(environment);
        // Micronaut reads it as resas.attachments.bucket: the reports' files go where the API reads them.
        reportEnvironment.put("RESAS_ATTACHMENTS_BUCKET", props.reportStore().getBucketName());
        this.reports = function(props, "report-schedule", reportEnvironment);
        reports.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject", "s3:GetObject"))
                .resources(List.of(props.reportStore().arnForObjects("reports/*")))
                .build());
        for (ResasFunction function : List.of(notify, reports)) {
            topic.grantPublish(function.function());
            if (chat != null) {
                chat.grantRead(function.function());
            }
        }
        // A secret named (not created) here is granted as name-?????? (Secrets Manager's random suffix).
        List<String> secretFinding = chat == null ? List.of() : List.of("/^Resource::.*:secret:.*$/");
        Suppress.findings(notify.function(), "AwsSolutions-IAM5", "Publishing to a KMS-encrypted topic needs "
                + "kms:GenerateDataKey* (every data-key variant), scoped to the topic's own key; X-Ray's Resource::*; "
                + "the chat webhook secret's name with its random suffix; the sweep's one-time wake-ups, named by "
                + "their time, in its own schedule group and name prefix only.",
                concat(List.of("Action::kms:GenerateDataKey*", "Resource::*",
                        "/^Resource::arn:.+:scheduler:.+:schedule\\/" + SWEEP_SCHEDULE_GROUP + "\\/"
                                + SWEEP_SCHEDULE_PREFIX + "\\*$/"), secretFinding));
        Suppress.findings(reports.function(), "AwsSolutions-IAM5", "Report files are keyed by their SHA-256 under "
                + "reports/, unknown in advance; publishing to a KMS-encrypted topic needs kms:GenerateDataKey*, "
                + "scoped to the topic's key; X-Ray's Resource::*; the chat webhook secret's name with its suffix.",
                concat(List.of("Action::kms:GenerateDataKey*", "Resource::*", "/^Resource::.*\\/reports\\/\\*$/"),
                        secretFinding));

        CatalogueSchedules.wire(this, Map.of("incident-notify", notify.alias(), "report-schedule", reports.alias()),
                Map.of());
        CfnOutput.Builder.create(this, "NotificationTopicArn").value(topic.getTopicArn()).build();
    }

    /** The sweep's live alias, by name (no reference to the function, so no cycle and no cross-stack import). */
    public static String sweepAliasArn(Stack stack) {
        return stack.formatArn(ArnComponents.builder().service("lambda").resource("function")
                .resourceName(SWEEP_FUNCTION_NAME + ":" + ResasFunction.ALIAS_NAME)
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private ResasFunction function(NotificationsStackProps props, String name, Map<String, String> environment) {
        ResasFunction function = CatalogueFunctions.create(this, name, props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), environment);
        props.database().grantTo(function.function());
        return function;
    }


    public Topic topic() {
        return topic;
    }

    public ResasFunction notifyFunction() {
        return notify;
    }

    public ResasFunction reportFunction() {
        return reports;
    }
}
