package jp.resas.ops.cost.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jp.resas.ops.cost.CostExplorer;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.platform.aws.AwsSettings;

@Factory
class CostClientFactory {

    /** The Cost Explorer the description names ({@link CostExplorerClients}). */
    @Singleton
    @Requires(missingBeans = CostExplorer.class)
    CostExplorer costExplorer(MonitoredSystem system, AccountCredentials credentials, AwsSettings aws) {
        return new AwsCostExplorer(CostExplorerClients.builder(system, credentials, aws).build());
    }
}
