/**
 * How Task states reach code: the {@link jp.resas.ops.sfn.task.TaskIntegration} port, one
 * implementation per service integration, and the registry that picks one by resource ARN.
 */
package jp.resas.ops.sfn.task;
