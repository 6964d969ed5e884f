/** Incidents on PostgreSQL, and the wiring of the incident use cases. */
package jp.resas.ops.incident.infrastructure;
