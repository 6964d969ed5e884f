/**
 * Collector runs: the period a scheduled event asks for, what each run stored or could not get, and
 * the escalation of repeated failures to an incident.
 */
package jp.resas.ops.monitoring.runs;
