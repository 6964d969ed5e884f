/** The ledgers' stack: asset discovery and the expiry watch, each a scheduled function. */
package jp.resas.ops.infra.ledger;
