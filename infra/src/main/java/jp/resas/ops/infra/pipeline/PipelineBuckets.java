package jp.resas.ops.infra.pipeline;

import java.util.List;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.StorageClass;
import software.constructs.Construct;

/**
 * Raw data (versioned: every object ever collected can be recovered; the inbox prefix is where vendors
 * drop files) and staging (run manifests, short-lived), both encrypted, TLS-only, never public, with
 * access logs in a third bucket.
 */
final class PipelineBuckets extends Construct {

    private final Bucket raw;
    private final Bucket staging;

    PipelineBuckets(Construct scope, String id) {
        super(scope, id);
        Bucket logs = bucket("AccessLogs", null, List.of(LifecycleRule.builder().expiration(Duration.days(365)).build()), false);
        Suppress.rule(logs, "AwsSolutions-S1", "This bucket receives the other buckets' access logs; logging it would loop.");
        this.raw = bucket("Raw", logs, List.of(
                LifecycleRule.builder().id("old-versions").noncurrentVersionTransitions(List.of(NoncurrentVersionTransition.builder()
                        .storageClass(StorageClass.GLACIER_INSTANT_RETRIEVAL).transitionAfter(Duration.days(90)).build()))
                        .noncurrentVersionExpiration(Duration.days(3650)).build(),
                LifecycleRule.builder().id("inbox").prefix("inbox/").expiration(Duration.days(180)).build(),
                LifecycleRule.builder().id("incomplete-uploads").abortIncompleteMultipartUploadAfter(Duration.days(7)).build()), true);
        this.staging = bucket("Staging", logs, List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()), false);
    }

    private Bucket bucket(String id, Bucket logs, List<LifecycleRule> lifecycle, boolean versioned) {
        Bucket.Builder builder = Bucket.Builder.create(this, id)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .versioned(versioned)
                .lifecycleRules(lifecycle)
                .removalPolicy(RemovalPolicy.RETAIN);
        if (logs != null) {
            builder.serverAccessLogsBucket(logs).serverAccessLogsPrefix(id.toLowerCase() + "/");
        }
        return builder.build();
    }

    Bucket raw() {
        return raw;
    }

    Bucket staging() {
        return staging;
    }
}
