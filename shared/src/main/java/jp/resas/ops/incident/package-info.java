/**
 * Incidents (障害): what operators work from detection to closure, with a timeline of everything that
 * happened. Raised by alarms, by the data pipeline, or by hand. Framework-free; adapters live in
 * {@code infrastructure} (PostgreSQL) and {@code web} (the ops API).
 */
package jp.resas.ops.incident;
