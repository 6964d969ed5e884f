/**
 * The SLA watch behind the scheduled {@code ticket-sla} handler: finds the open tickets and incidents
 * whose first-response or resolution clock passed its warning threshold or target, and raises each
 * warning and breach once, on the ticket's timeline and to a publisher (SNS in AWS). Framework-free.
 */
package jp.resas.ops.slawatch;
