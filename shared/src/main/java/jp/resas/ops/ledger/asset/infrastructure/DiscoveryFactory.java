package jp.resas.ops.ledger.asset.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.ledger.asset.CloudInventories;
import jp.resas.ops.ledger.asset.CloudInventory;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.ledger.asset.SoftwareBill;
import jp.resas.ops.platform.aws.AwsSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;

/**
 * The discovery sources: SDK clients from the default builders (so {@code AWS_ENDPOINT_URL} and the
 * per-service variables work), one per region, made when first asked for: RESAS Ops' own account with the
 * function's credentials, each monitored account with its read role assumed ({@link AccountCredentials}).
 */
@Factory
class DiscoveryFactory {

    @Singleton
    @Requires(missingBeans = CloudInventory.class)
    CloudInventory cloudInventory(AwsSettings aws) {
        Map<String, ResourceGroupsTaggingApiClient> tagging = new ConcurrentHashMap<>();
        Map<String, AcmClient> acm = new ConcurrentHashMap<>();
        return new AwsCloudInventory(
                region -> tagging.computeIfAbsent(region, r ->
                        aws.inRegion(ResourceGroupsTaggingApiClient.builder(), Region.of(r))
                                .httpClient(UrlConnectionHttpClient.create()).build()),
                region -> acm.computeIfAbsent(region, r -> aws.inRegion(AcmClient.builder(), Region.of(r))
                        .httpClient(UrlConnectionHttpClient.create()).build()),
                // Route 53 Domains answers only in us-east-1.
                aws.inRegion(Route53DomainsClient.builder(), Region.US_EAST_1)
                        .httpClient(UrlConnectionHttpClient.create())
                        .build());
    }

    @Singleton
    @Requires(missingBeans = CloudInventories.class)
    CloudInventories cloudInventories(AccountCredentials credentials) {
        return account -> {
            Map<String, ResourceGroupsTaggingApiClient> tagging = new ConcurrentHashMap<>();
            Map<String, AcmClient> acm = new ConcurrentHashMap<>();
            return new AwsCloudInventory(
                    region -> tagging.computeIfAbsent(region, r -> credentials.configure(
                            ResourceGroupsTaggingApiClient.builder(), account, Region.of(r)).build()),
                    region -> acm.computeIfAbsent(region, r -> credentials.configure(
                            AcmClient.builder(), account, Region.of(r)).build()),
                    credentials.configure(Route53DomainsClient.builder(), account, Region.US_EAST_1).build(),
                    DiscoveringAssets.scopePrefix(account.name()));
        };
    }

    @Singleton
    @Requires(missingBeans = SoftwareBill.class)
    SoftwareBill softwareBill(ObjectMapper json) {
        return new CycloneDxSoftwareBill(json, DiscoveryFactory.class.getClassLoader(), CycloneDxSoftwareBill.RESOURCE);
    }
}
