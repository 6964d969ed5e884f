/**
 * Administrators' SLA policies: per ticket type and priority, the first-response and resolution
 * targets in business time, the warning threshold and the waits that pause the clock. A policy never
 * changed is the default ({@link jp.resas.ops.sla.SlaPolicies#defaults()}); a changed one is stored.
 * Every SLA is evaluated against the policies in force, so a change applies from the next read and
 * the next {@code ticket-sla} run. Framework-free.
 */
package jp.resas.ops.slaadmin;
