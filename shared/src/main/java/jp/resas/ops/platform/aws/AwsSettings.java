package jp.resas.ops.platform.aws;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * {@code resas.aws.*}: where RESAS Ops' own AWS clients go when it must differ from the SDK's defaults.
 * Unset (always in Lambda), the SDK decides as usual: {@code AWS_REGION}, and {@code AWS_ENDPOINT_URL} /
 * {@code AWS_ENDPOINT_URL_<SERVICE>} (LocalStack, tests). {@code region} ({@code RESAS_AWS_REGION}) and
 * {@code endpoint-url} ({@code RESAS_AWS_ENDPOINT_URL}) override them for every client built here.
 */
@ConfigurationProperties("resas.aws")
public record AwsSettings(@Nullable String region, @Nullable URI endpointUrl) {

    /** The SDK's default builder with this configuration's region and endpoint, when set. */
    public <B extends AwsClientBuilder<B, C>, C> B configure(B builder) {
        if (region != null && !region.isBlank()) {
            builder.region(Region.of(region.strip()));
        }
        if (endpointUrl != null) {
            builder.endpointOverride(endpointUrl);
        }
        return builder;
    }

    /**
     * The SDK's default builder for a regional reader of RESAS Ops' own account: {@code region} (the reader's,
     * whatever {@code resas.aws.region} says), this configuration's endpoint when set.
     */
    public <B extends AwsClientBuilder<B, C>, C> B inRegion(B builder, Region region) {
        builder.region(region);
        if (endpointUrl != null) {
            builder.endpointOverride(endpointUrl);
        }
        return builder;
    }
}
