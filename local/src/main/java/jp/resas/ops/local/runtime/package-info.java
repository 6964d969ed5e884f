/**
 * The platform on one machine: an embedded PostgreSQL kept under a data directory, the same Micronaut
 * context the Lambda functions use, the HTTP API on a local port, and handlers invoked in-process.
 */
package jp.resas.ops.local.runtime;
