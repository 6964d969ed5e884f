package jp.resas.ops.platform.aws;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * RESAS Ops' own AWS clients, built the SDK's default way (credentials, region and
 * {@code AWS_ENDPOINT_URL} as the SDK reads them, {@link AwsSettings} over them) on the JDK's HTTP client
 * (no Netty, no Apache client in the Lambda asset). Beans are created on first use only: a function that
 * never publishes never builds the SNS client.
 */
@Factory
class AwsClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SnsClient sns(AwsSettings settings) {
        return settings.configure(SnsClient.builder().httpClient(UrlConnectionHttpClient.create())).build();
    }
}
