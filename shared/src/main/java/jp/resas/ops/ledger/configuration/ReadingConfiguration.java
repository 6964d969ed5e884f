package jp.resas.ops.ledger.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.resas.ops.ledger.asset.SourceUnavailableException;

/**
 * Reads the deployed configuration scope by scope: CloudFormation in each region (and AWS Config where it
 * is enabled) of RESAS Ops' own account and of each monitored account (scopes prefixed {@code <account>/}).
 * A scope that cannot be read (access denied in one region, above all) is named as missing, never read as empty.
 */
public final class ReadingConfiguration {

    /** An account's configuration (read through its role), the regions read and whether AWS Config is read there. */
    public record AccountConfiguration(String prefix, DeployedConfiguration configuration, List<String> regions,
            boolean awsConfig) {

        public AccountConfiguration {
            regions = List.copyOf(regions);
        }
    }

    private final List<AccountConfiguration> accounts;

    /** @param accounts RESAS Ops' own account (prefix "") first, then each monitored account */
    public ReadingConfiguration(List<AccountConfiguration> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** Reads every scope; throws only when none could be read. */
    public ConfigurationReading read() {
        List<ConfiguredResource> resources = new ArrayList<>();
        List<MissingScope> missing = new ArrayList<>();
        int read = 0;
        for (AccountConfiguration account : accounts) {
            for (String region : account.regions()) {
                read += read(resources, missing, account.prefix() + "cloudformation:" + region,
                        () -> account.configuration().stacks(region));
                if (account.awsConfig()) {
                    read += read(resources, missing, account.prefix() + "config:" + region,
                            () -> account.configuration().recorded(region));
                }
            }
        }
        if (read == 0) {
            throw new IllegalStateException("no configuration scope could be read: " + missing);
        }
        return new ConfigurationReading(resources, missing);
    }

    private static int read(List<ConfiguredResource> resources, List<MissingScope> missing, String scope,
            Supplier<List<ConfiguredResource>> source) {
        try {
            List<ConfiguredResource> found = source.get();
            for (ConfiguredResource resource : found) {
                if (!resource.scope().equals(scope)) {
                    throw new IllegalStateException(resource.key() + " reported in scope " + resource.scope()
                            + ", read as " + scope);
                }
            }
            resources.addAll(found);
            return 1;
        } catch (SourceUnavailableException e) {
            missing.add(new MissingScope(scope, e.getMessage()));
            return 0;
        }
    }
}
