/** The SLA watch on PostgreSQL: open tickets and incidents, alerts raised once by primary key. */
package jp.resas.ops.slawatch.infrastructure;
