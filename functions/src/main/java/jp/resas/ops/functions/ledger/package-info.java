/** The ledgers' scheduled functions: {@code asset-discovery}, {@code ledger-watch}, {@code configuration-snapshot} and {@code account-collection}. */
package jp.resas.ops.functions.ledger;
