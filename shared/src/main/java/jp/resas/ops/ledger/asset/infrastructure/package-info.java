/** The asset ledger on PostgreSQL, discovery through the AWS SDK and the build's SBOM, and the transaction boundaries. */
package jp.resas.ops.ledger.asset.infrastructure;
