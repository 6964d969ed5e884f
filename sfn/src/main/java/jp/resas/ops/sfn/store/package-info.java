/**
 * The local object store behind S3 for the runner: Map {@code ItemReader}/{@code ResultWriter} and
 * the S3 task integration read and write here, in memory or under a directory.
 */
package jp.resas.ops.sfn.store;
