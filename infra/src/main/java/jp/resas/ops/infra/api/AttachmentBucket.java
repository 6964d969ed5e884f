package jp.resas.ops.infra.api;

import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * Where inquiry attachments live: private, encrypted, TLS only, versioned (an attachment is evidence
 * for the monthly report and must not be overwritten), with its server access logs in a second bucket.
 */
final class AttachmentBucket extends Construct {

    private final Bucket bucket;

    AttachmentBucket(Construct scope, String id) {
        super(scope, id);
        Bucket logs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .lifecycleRules(java.util.List.of(LifecycleRule.builder().expiration(Duration.days(400)).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Suppress.rule(logs, "AwsSolutions-S1",
                "This bucket receives the attachment bucket's server access logs; logging it too would loop.");
        this.bucket = Bucket.Builder.create(this, "Bucket")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .serverAccessLogsBucket(logs)
                .serverAccessLogsPrefix("attachments/")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    Bucket bucket() {
        return bucket;
    }
}
