package jp.resas.ops.platform.aws;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * RESAS Ops' own AWS clients (its own account; a monitored account's go through its read role), built the SDK's
 * default way (credentials, region and {@code AWS_ENDPOINT_URL} / {@code AWS_ENDPOINT_URL_<SERVICE>} as the SDK
 * reads them, {@link AwsSettings} over them) on the JDK's HTTP client (no Netty, no Apache client in the Lambda
 * asset). Beans are created on first use only: a function that never publishes never builds the SNS client.
 */
@Factory
class AwsClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SnsClient sns(AwsSettings settings) {
        return settings.configure(SnsClient.builder().httpClient(UrlConnectionHttpClient.create())).build();
    }

    /** Attachments, the raw store, RESAS Ops' own access logs. */
    @Singleton
    @Bean(preDestroy = "close")
    S3Client s3(AwsSettings settings) {
        return settings.configure(S3Client.builder().httpClient(UrlConnectionHttpClient.create())).build();
    }

    /** The notification sweep's asynchronous invoke. */
    @Singleton
    @Bean(preDestroy = "close")
    LambdaClient lambda(AwsSettings settings) {
        return settings.configure(LambdaClient.builder().httpClient(UrlConnectionHttpClient.create())).build();
    }

    /** The notification sweep's one-time wake-ups. */
    @Singleton
    @Bean(preDestroy = "close")
    SchedulerClient scheduler(AwsSettings settings) {
        return settings.configure(SchedulerClient.builder().httpClient(UrlConnectionHttpClient.create())).build();
    }
}
