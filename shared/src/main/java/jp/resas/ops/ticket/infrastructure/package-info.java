/** Wiring of what the tickets share: SLA policies and evaluation. */
package jp.resas.ops.ticket.infrastructure;
