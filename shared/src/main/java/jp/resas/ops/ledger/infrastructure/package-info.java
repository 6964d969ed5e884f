/** What the three ledgers share in their adapters: their settings ({@link jp.resas.ops.ledger.infrastructure.LedgerSettings}). */
package jp.resas.ops.ledger.infrastructure;
