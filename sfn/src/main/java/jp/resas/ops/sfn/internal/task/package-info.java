/**
 * The built-in Task integrations ({@link jp.resas.ops.sfn.TaskIntegration}s): S3 through the object store,
 * SNS/SQS/EventBridge into the {@link jp.resas.ops.sfn.Outbox}, nested executions, and the registry that
 * picks one by resource ARN.
 */
package jp.resas.ops.sfn.internal.task;
