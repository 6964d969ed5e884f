/** Collector runs in PostgreSQL, and the runner that gives every collector the same transaction and failure handling. */
package jp.resas.ops.monitoring.runs.infrastructure;
