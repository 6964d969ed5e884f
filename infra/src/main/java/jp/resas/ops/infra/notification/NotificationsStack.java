package jp.resas.ops.infra.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Key;
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
    // The schedules are in catalogue/schedules.json: the sweep every minute (a page goes out within a minute of
    // its incident, an escalation within a minute of its limit); the monthly report hourly 09:00–17:00 JST on
    // days 1–7 (the first 開庁日 of a month is always among them); the weekly one hourly 09:00–17:00 JST on
    // weekdays (Monday's first business hour, or the next open day's).

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

        this.notify = function(props, "incident-notify", environment);
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
                + "the chat webhook secret's name with its random suffix.",
                concat(List.of("Action::kms:GenerateDataKey*", "Resource::*"), secretFinding));
        Suppress.findings(reports.function(), "AwsSolutions-IAM5", "Report files are keyed by their SHA-256 under "
                + "reports/, unknown in advance; publishing to a KMS-encrypted topic needs kms:GenerateDataKey*, "
                + "scoped to the topic's key; X-Ray's Resource::*; the chat webhook secret's name with its suffix.",
                concat(List.of("Action::kms:GenerateDataKey*", "Resource::*", "/^Resource::.*\\/reports\\/\\*$/"),
                        secretFinding));

        CatalogueSchedules.wire(this, Map.of("incident-notify", notify.alias(), "report-schedule", reports.alias()),
                Map.of());
        CfnOutput.Builder.create(this, "NotificationTopicArn").value(topic.getTopicArn()).build();
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
