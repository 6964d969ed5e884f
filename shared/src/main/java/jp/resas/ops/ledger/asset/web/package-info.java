/** The asset-ledger endpoints of the ops API (/ledger/assets). */
package jp.resas.ops.ledger.asset.web;
