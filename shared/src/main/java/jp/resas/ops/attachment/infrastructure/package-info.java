/**
 * The attachment stores (S3 when {@code resas.attachments.bucket} is set, else the directory
 * {@code resas.attachments.directory}), the metadata on PostgreSQL and the transaction boundary.
 */
package jp.resas.ops.attachment.infrastructure;
