/**
 * The pipeline's adapters and transaction boundaries: JDBC adapters of its ports (observations are COPYed
 * into a per-version partition), the raw store (S3 or a directory), the Step Functions relays, the wiring
 * of the use cases ({@code PipelineUseCases}) and the services that run each use case in one transaction.
 */
package jp.resas.ops.pipeline.infrastructure;
