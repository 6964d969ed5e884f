/** The asset-ledger endpoints of the ops API (/ledgers/assets). */
package jp.resas.ops.ledger.asset.web;
