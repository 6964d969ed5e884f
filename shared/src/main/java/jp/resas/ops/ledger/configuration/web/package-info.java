/** The configuration ledger's API: {@code /ledgers/configuration/*}. */
package jp.resas.ops.ledger.configuration.web;
