/** The access-log bucket through the AWS SDK (S3, REST-XML), the access tables, the collector's entry point. */
package jp.resas.ops.access.infrastructure;
