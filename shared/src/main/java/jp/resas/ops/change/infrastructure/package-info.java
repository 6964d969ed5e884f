/** Makes the 変更要求 rules known to the shared ticket services (queues, SLA watch). */
package jp.resas.ops.change.infrastructure;
