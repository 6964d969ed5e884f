package jp.resas.ops.cost.infrastructure;

import jp.resas.ops.monitored.MonitoredAccount;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.platform.aws.AwsSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.CostExplorerClientBuilder;

/**
 * Whose Cost Explorer the cost collector reads: the account the description names in
 * {@code costExplorerAccount} (the payer, through its read role), else RESAS Ops' own. Cost Explorer has
 * one endpoint, in us-east-1, whatever region the caller runs in; the default builder still honours
 * {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_COST_EXPLORER}.
 */
public final class CostExplorerClients {

    private CostExplorerClients() {
    }

    /** {@code aws}: RESAS Ops' own account's endpoint override ({@code resas.aws.endpoint-url}), when set. */
    public static CostExplorerClientBuilder builder(MonitoredSystem system, AccountCredentials credentials,
            AwsSettings aws) {
        CostExplorerClientBuilder builder = CostExplorerClient.builder();
        return system.costExplorerAccount().map(name -> payer(system, name))
                .map(payer -> credentials.configure(builder, payer, Region.US_EAST_1))
                .orElseGet(() -> aws.inRegion(builder, Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create()));
    }

    private static MonitoredAccount payer(MonitoredSystem system, String name) {
        return system.account(name).orElseThrow(() -> new IllegalStateException(
                "costExplorerAccount names no account of the description: " + name));
    }
}
