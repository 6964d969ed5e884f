package jp.resas.ops.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.resas.ops.access.AccessLogs;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The log bucket from {@code resas.access.bucket}, {@code resas.access.prefix} and
 * {@code resas.access.distribution-id} (env {@code RESAS_ACCESS_BUCKET}, …). The S3 client is the
 * SDK's default one, so {@code AWS_ENDPOINT_URL_S3} applies.
 */
@Factory
class AccessClientFactory {

    @Singleton
    @Requires(missingBeans = AccessLogs.class)
    AccessLogs accessLogs(@Value("${resas.access.bucket:}") String bucket, @Value("${resas.access.prefix:}") String prefix,
            @Value("${resas.access.distribution-id:}") String distributionId) {
        if (bucket.isBlank() || distributionId.isBlank()) {
            throw new IllegalStateException("access-collector needs resas.access.bucket and resas.access.distribution-id "
                    + "(RESAS_ACCESS_BUCKET, RESAS_ACCESS_DISTRIBUTION_ID)");
        }
        return new S3AccessLogs(S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build(), bucket, prefix,
                distributionId);
    }
}
