package jp.resas.ops.pipeline.web;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** In a test that sets {@code test.sfn-endpoint}: the platform's Step Functions client, pointed at a local fake. */
@Factory
@Requires(property = "test.sfn-endpoint")
class FakeStepFunctionsClient {

    @Singleton
    @Replaces(SfnClient.class)
    @Bean(preDestroy = "close")
    SfnClient sfn(@Value("${test.sfn-endpoint}") String endpoint) {
        return SfnClient.builder().endpointOverride(URI.create(endpoint)).region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
