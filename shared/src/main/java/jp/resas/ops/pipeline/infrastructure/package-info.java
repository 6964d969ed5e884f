/**
 * PostgreSQL and storage adapters of the pipeline, and the transaction boundaries of its steps:
 * observations are COPYed into a per-version partition, publishing switches {@code dataset_current} in
 * one transaction, every write is audited.
 */
package jp.resas.ops.pipeline.infrastructure;
