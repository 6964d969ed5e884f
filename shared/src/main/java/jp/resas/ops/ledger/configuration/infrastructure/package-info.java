/** The configuration ledger's adapters: CloudFormation and AWS Config (SDK), cdk.out, PostgreSQL, Excel. */
package jp.resas.ops.ledger.configuration.infrastructure;
