package jp.resas.ops.ledger.configuration;

import java.util.List;

/**
 * The deployed configuration of one account (port; the AWS SDK in {@code infrastructure}). Each method reads
 * one scope in full, every page, or throws {@link jp.resas.ops.ledger.asset.SourceUnavailableException}: a
 * scope half read must not look like resources removed.
 */
public interface DeployedConfiguration {

    /** CloudFormation {@code DescribeStacks}, {@code ListStackResources} and {@code GetTemplate} of each stack in {@code region}. */
    List<ConfiguredResource> stacks(String region);

    /** AWS Config {@code ListDiscoveredResources} and {@code BatchGetResourceConfig} in {@code region}. */
    List<ConfiguredResource> recorded(String region);
}
