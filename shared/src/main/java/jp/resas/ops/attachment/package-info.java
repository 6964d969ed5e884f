/**
 * Files attached to service-desk tickets (問合せの添付): the bytes in an {@link
 * jp.resas.ops.attachment.AttachmentStore} (S3 in AWS, a directory on one machine) under a key made of
 * their SHA-256, the metadata in PostgreSQL. The object is written before its row, so a failure leaves
 * at most an unreferenced object, never a row without its bytes. Framework-free.
 */
package jp.resas.ops.attachment;
