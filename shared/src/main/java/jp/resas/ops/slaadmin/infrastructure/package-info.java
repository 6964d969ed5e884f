/** SLA policies on PostgreSQL, the policies in force built from them, and the transaction boundary. */
package jp.resas.ops.slaadmin.infrastructure;
