package jp.resas.ops.ledger.configuration.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.ledger.configuration.DeployedConfiguration;
import jp.resas.ops.ledger.configuration.DeployedConfigurations;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.platform.aws.AwsSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.config.ConfigClient;

/**
 * CloudFormation and AWS Config clients from the SDK's default builders (so {@code AWS_ENDPOINT_URL} and the
 * per-service variables work), one per region, made when first asked for: RESAS Ops' own account with the
 * function's credentials, each monitored account with its read role assumed ({@link AccountCredentials}).
 */
@Factory
class ConfigurationFactory {

    @Singleton
    @Requires(missingBeans = DeployedConfiguration.class)
    DeployedConfiguration deployedConfiguration(ObjectMapper json, AwsSettings aws) {
        Map<String, CloudFormationClient> cloudFormation = new ConcurrentHashMap<>();
        Map<String, ConfigClient> config = new ConcurrentHashMap<>();
        return new AwsDeployedConfiguration(
                region -> cloudFormation.computeIfAbsent(region, r ->
                        aws.inRegion(CloudFormationClient.builder(), Region.of(r))
                                .httpClient(UrlConnectionHttpClient.create()).build()),
                region -> config.computeIfAbsent(region, r -> aws.inRegion(ConfigClient.builder(), Region.of(r))
                        .httpClient(UrlConnectionHttpClient.create()).build()),
                "", json);
    }

    @Singleton
    @Requires(missingBeans = DeployedConfigurations.class)
    DeployedConfigurations deployedConfigurations(AccountCredentials credentials, ObjectMapper json) {
        return account -> {
            Map<String, CloudFormationClient> cloudFormation = new ConcurrentHashMap<>();
            Map<String, ConfigClient> config = new ConcurrentHashMap<>();
            return new AwsDeployedConfiguration(
                    region -> cloudFormation.computeIfAbsent(region, r -> credentials.configure(
                            CloudFormationClient.builder(), account, Region.of(r)).build()),
                    region -> config.computeIfAbsent(region, r -> credentials.configure(
                            ConfigClient.builder(), account, Region.of(r)).build()),
                    DiscoveringAssets.scopePrefix(account.name()), json);
        };
    }
}
