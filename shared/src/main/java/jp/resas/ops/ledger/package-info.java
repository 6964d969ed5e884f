/**
 * The ledgers the contract delivers: 資産管理台帳 ({@code asset}), and what keeps them true: discovery
 * from AWS and the build, and the expiry watch.
 */
package jp.resas.ops.ledger;
