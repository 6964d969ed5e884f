package jp.resas.ops.infra.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.data.DatabaseAccess;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.lambda.FunctionsJar;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * {@code attachment-retention}: once a business day (9:30 JST on weekdays, catalogue/schedules.json: the database
 * is awake for the business day anyway; a weekend's wait costs nothing), the objects of attachments deleted more
 * than the retention period ago are removed from the attachment bucket, every version ({@code PurgingAttachments}).
 * Its role may list the bucket's versions and delete object versions there, nothing else in S3.
 */
final class AttachmentRetention {

    private AttachmentRetention() {
    }

    /** The function and its schedule, in {@code stack} as the catalogues describe them. */
    static ResasFunction create(Stack stack, Bucket attachments, DatabaseAccess database, IVpc vpc, FunctionsJar code) {
        Map<String, String> environment = new HashMap<>(database.environment());
        // Micronaut reads it as resas.attachments.bucket, as the API does: the same store, purged.
        environment.put("RESAS_ATTACHMENTS_BUCKET", attachments.getBucketName());
        ResasFunction function = CatalogueFunctions.create(stack, "attachment-retention", code, vpc,
                List.of(database.clientSecurityGroup()), environment);
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
                List.of("Resource::<" + stack.getLogicalId((software.amazon.awscdk.CfnElement) attachments
                        .getNode().getDefaultChild()) + ".Arn>/*"));
        CatalogueSchedules.wire(stack, Map.of("attachment-retention", function.alias()), Map.of());
        return function;
    }
}
