/** Makes the 作業依頼 rules known to the shared ticket services (queues, SLA watch). */
package jp.resas.ops.workrequest.infrastructure;
