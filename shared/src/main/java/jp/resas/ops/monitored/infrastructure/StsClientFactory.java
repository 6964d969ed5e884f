package jp.resas.ops.monitored.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sts.StsClient;

/** STS with the process's own credentials and region (the SDK's default chain; {@code AWS_ENDPOINT_URL_STS} applies). */
@Factory
class StsClientFactory {

    @Singleton
    @Requires(missingBeans = StsClient.class)
    StsClient stsClient() {
        return StsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }
}
