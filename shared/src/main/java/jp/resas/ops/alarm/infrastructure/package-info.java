/** Alarm intake on PostgreSQL: the ledger, the transaction boundary, and the wiring. */
package jp.resas.ops.alarm.infrastructure;
