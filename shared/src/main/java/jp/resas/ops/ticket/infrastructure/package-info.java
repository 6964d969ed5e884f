/** The tickets on PostgreSQL, SLA evaluation wiring, and the queues over tickets and incidents. */
package jp.resas.ops.ticket.infrastructure;
