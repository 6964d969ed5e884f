package jp.resas.ops.infra.notification;

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
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.scheduler.ContextAttribute;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Telling people: the notification topic ({@code resas-ops-notifications}: pages, escalations, digests,
 * "report ready"; e-mail/SMS subscriptions), {@code incident-notify} (the notification sweep, every
 * minute) and {@code report-schedule} (the monthly and weekly reports, generated once per period in the
 * first business hour after the period closes; the function decides by the government calendar, the
 * schedules only wake it in the hours that can be that hour).
 */
public final class NotificationsStack extends Stack {

    public static final String TOPIC_NAME = "resas-ops-notifications";
    /** Every minute: a page goes out within a minute of its incident, an escalation within a minute of its limit. */
    public static final String SWEEP_SCHEDULE = "rate(1 minute)";
    /** Hourly 09:00–17:00 JST on days 1–7: the first 開庁日 of a month is always among them. */
    public static final String MONTHLY_SCHEDULE = "cron(0 9-17 1-7 * ? *)";
    /** Hourly 09:00–17:00 JST on weekdays: Monday's first business hour, or the next open day's. */
    public static final String WEEKLY_SCHEDULE = "cron(0 9-17 ? * MON-FRI *)";
    static final String SCHEDULED_TIME = ContextAttribute.getScheduledTime();

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

        this.notify = function(props, "IncidentNotify", "incident-notify",
                "jp.resas.ops.functions.notification.IncidentNotifyHandler", Duration.seconds(60), 1024, environment);
        Map<String, String> reportEnvironment = new HashMap<>(environment);
        // Micronaut reads it as resas.attachments.bucket: the reports' files go where the API reads them.
        reportEnvironment.put("RESAS_ATTACHMENTS_BUCKET", props.reportStore().getBucketName());
        this.reports = function(props, "ReportSchedule", "report-schedule",
                "jp.resas.ops.functions.report.ReportScheduleHandler", Duration.minutes(5), 2048, reportEnvironment);
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
                + "the chat webhook secret's name with its random suffix.",
                concat(List.of("Action::kms:GenerateDataKey*", "Resource::*"), secretFinding));
        Suppress.findings(reports.function(), "AwsSolutions-IAM5", "Report files are keyed by their SHA-256 under "
                + "reports/, unknown in advance; publishing to a KMS-encrypted topic needs kms:GenerateDataKey*, "
                + "scoped to the topic's key; X-Ray's Resource::*; the chat webhook secret's name with its suffix.",
                concat(List.of("Action::kms:GenerateDataKey*", "Resource::*", "/^Resource::.*\\/reports\\/\\*$/"),
                        secretFinding));

        schedule("IncidentNotifySchedule", "The notification sweep: pages, escalations, digest, deliveries",
                ScheduleExpression.expression(SWEEP_SCHEDULE), notify, Map.of());
        schedule("MonthlyReportSchedule", "The monthly report, in the first business hour of the next month (JST)",
                ScheduleExpression.expression(MONTHLY_SCHEDULE, TimeZone.ASIA_TOKYO), reports,
                Map.of("kind", "MONTHLY", "at", SCHEDULED_TIME));
        schedule("WeeklyReportSchedule", "The weekly report, in the first business hour of the next week (JST)",
                ScheduleExpression.expression(WEEKLY_SCHEDULE, TimeZone.ASIA_TOKYO), reports,
                Map.of("kind", "WEEKLY", "at", SCHEDULED_TIME));
        CfnOutput.Builder.create(this, "NotificationTopicArn").value(topic.getTopicArn()).build();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private ResasFunction function(NotificationsStackProps props, String id, String name, String handler,
            Duration timeout, int memoryMb, Map<String, String> environment) {
        ResasFunction function = new ResasFunction(this, id, ResasFunctionProps.builder()
                .serviceName(name)
                .handler(handler + "::handleRequest")
                .code(props.functions().code())
                .timeout(timeout)
                .memoryMb(memoryMb)
                .environment(environment)
                .vpc(props.vpc())
                .securityGroups(List.of(props.database().clientSecurityGroup()))
                .build());
        props.database().grantTo(function.function());
        return function;
    }

    private void schedule(String id, String description, ScheduleExpression expression, ResasFunction function,
            Map<String, Object> input) {
        Schedule.Builder.create(this, id)
                .description(description)
                .schedule(expression)
                .target(LambdaInvoke.Builder.create(function.alias())
                        .input(ScheduleTargetInput.fromObject(input))
                        .retryAttempts(2)
                        .maxEventAge(Duration.hours(1))
                        .build())
                .build();
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
