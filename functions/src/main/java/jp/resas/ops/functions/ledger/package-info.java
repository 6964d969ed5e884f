/** The ledgers' scheduled functions: {@code asset-discovery} and {@code ledger-watch}. */
package jp.resas.ops.functions.ledger;
