package jp.resas.ops.ledger.configuration;

/** Where a snapshot was read: the deployed AWS configuration, or synthesised templates on one machine. */
public enum ConfigurationSource {
    /** CloudFormation stacks (and AWS Config where enabled) in the ledger's regions and monitored accounts. */
    AWS,
    /** The {@code *.template.json} of a CDK cloud assembly ({@code resas-ops ledger snapshot --cdk-out}). */
    CDK_OUT
}
