package jp.resas.ops.infra.collectors;

import java.util.List;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * Where RESAS's CloudFront distribution writes its standard access logs (under {@code cloudfront/}).
 * CloudFront standard logging writes with an ACL, hence object ownership "bucket owner preferred".
 * Logs move to Infrequent Access after 30 days (read once, by the next morning's run) and are
 * deleted after 400 days: the monthly report compares with the same month a year before.
 */
public final class AccessLogBucket extends Construct {

    public static final String PREFIX = "cloudfront/";

    private final Bucket bucket;

    public AccessLogBucket(Construct scope, String id) {
        super(scope, id);
        this.bucket = Bucket.Builder.create(this, "Bucket")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .removalPolicy(RemovalPolicy.RETAIN)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("age-out-access-logs")
                        .transitions(List.of(Transition.builder().storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(Duration.days(30)).build()))
                        .expiration(Duration.days(400))
                        .build()))
                .build();
        Suppress.rule(bucket, "AwsSolutions-S1",
                "This bucket holds access logs; logging access to it would log the log bucket to another bucket "
                        + "with the same contents class; CloudTrail data events cover it where required.");
    }

    public Bucket bucket() {
        return bucket;
    }
}
