/**
 * {@code ResasOps-Pipeline}: the data-update state machine (the same ASL file the local runner executes,
 * read from the handler jar), its five business-step functions, the raw and staging buckets, the e-Stat
 * appId secret and the EventBridge Scheduler schedule.
 */
package jp.resas.ops.infra.pipeline;
