package jp.resas.ops.cost.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jp.resas.ops.cost.CostExplorer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

@Factory
class CostClientFactory {

    /**
     * Cost Explorer has one endpoint, in us-east-1, whatever region the caller runs in. The default
     * builder still honours {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_COST_EXPLORER}.
     */
    @Singleton
    @Requires(missingBeans = CostExplorer.class)
    CostExplorer costExplorer() {
        return new AwsCostExplorer(CostExplorerClient.builder()
                .region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .build());
    }
}
