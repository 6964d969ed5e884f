package jp.resas.ops.infra.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.data.DatabaseAccess;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.ResasFunctionProps;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.constructs.Construct;

/**
 * {@code attachment-retention}: once a business day, the objects of attachments deleted more than the
 * retention period ago are removed from the attachment bucket, every version ({@code PurgingAttachments}).
 * Its role may list the bucket's versions and delete object versions there, nothing else in S3.
 */
final class AttachmentRetention extends Construct {

    /** 9:30 JST on weekdays: the database is awake for the business day anyway; a weekend's wait costs nothing. */
    static final String SCHEDULE = "cron(30 9 ? * MON-FRI *)";

    private final ResasFunction function;

    AttachmentRetention(Construct scope, String id, Bucket attachments, DatabaseAccess database, IVpc vpc, Code code) {
        super(scope, id);
        Map<String, String> environment = new HashMap<>(database.environment());
        // Micronaut reads it as resas.attachments.bucket, as the API does: the same store, purged.
        environment.put("RESAS_ATTACHMENTS_BUCKET", attachments.getBucketName());
        this.function = new ResasFunction(this, "Function", ResasFunctionProps.builder()
                .serviceName("attachment-retention")
                .handler("jp.resas.ops.functions.attachment.AttachmentRetentionHandler::handleRequest")
                .code(code)
                .timeout(Duration.minutes(5))
                .environment(environment)
                .vpc(vpc)
                .securityGroups(List.of(database.clientSecurityGroup()))
                .build());
        database.grantTo(function.function());
        function.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucketVersions"))
                .resources(List.of(attachments.getBucketArn()))
                .build());
        function.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:DeleteObjectVersion"))
                .resources(List.of(attachments.arnForObjects("*")))
                .build());
        Suppress.findings(function.function(), "AwsSolutions-IAM5",
                "Attachment objects are keyed by their SHA-256, unknown in advance; the grant is limited to "
                        + "DeleteObjectVersion on the attachment bucket's objects.",
                List.of("Resource::<" + Stack.of(this).getLogicalId((software.amazon.awscdk.CfnElement) attachments
                        .getNode().getDefaultChild()) + ".Arn>/*"));
        Schedule.Builder.create(this, "Schedule")
                .description("Ends the retention of deleted attachments, once a business day (JST)")
                .schedule(ScheduleExpression.expression(SCHEDULE, TimeZone.ASIA_TOKYO))
                .target(LambdaInvoke.Builder.create(function.alias())
                        .input(ScheduleTargetInput.fromObject(Map.of()))
                        .retryAttempts(2)
                        .maxEventAge(Duration.hours(2))
                        .build())
                .build();
    }

    ResasFunction function() {
        return function;
    }
}
