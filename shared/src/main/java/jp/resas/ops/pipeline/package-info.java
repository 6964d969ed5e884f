/**
 * The data pipeline (データ更新): runs that collect a dataset, process and validate it into a staged
 * version, wait for the owner's approval and publish it atomically; cancel and redrive. One use case per
 * action ({@code StartingRun}, {@code CollectingRun}, {@code ProcessingChunk}, {@code CompletingValidation},
 * {@code AwaitingApproval}, {@code DecidingApproval}, {@code PublishingVersion}, {@code FailingRun},
 * {@code CancellingRun}, {@code RedrivingRun}, {@code ValidatingFile}) over ports in domain words
 * ({@code RunRecords}, {@code Staging}, {@code Rounds}, {@code RawCollector}, {@code RawStore},
 * {@code DataUpdateIncidents}, {@code ApprovalCallbacks}). Framework-free; PostgreSQL, S3 and Step
 * Functions in {@code infrastructure}, the ops API and portal in {@code web}, the state machine in infra/.
 */
package jp.resas.ops.pipeline;
