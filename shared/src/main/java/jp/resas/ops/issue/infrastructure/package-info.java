/** Makes the 課題 rules known to the shared ticket services (queues, SLA watch). */
package jp.resas.ops.issue.infrastructure;
