/** {@code resas-ops ledger}: the ledgers on one machine (構成管理台帳 snapshots of synthesised templates). */
package jp.resas.ops.local.ledger;
