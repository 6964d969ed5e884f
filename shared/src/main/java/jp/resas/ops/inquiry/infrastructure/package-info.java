/** Makes the 問合せ rules known to the shared ticket services (queues, SLA watch). */
package jp.resas.ops.inquiry.infrastructure;
