/**
 * The scheduled {@code attachment-retention} handler: ends the retention of deleted attachments (their
 * objects removed from the bucket, their rows marked purged, each audited).
 */
package jp.resas.ops.functions.attachment;
