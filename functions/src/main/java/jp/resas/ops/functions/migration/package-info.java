/** {@code db-migrate}: the schema migration and the application role, run once per deploy by a CDK trigger. */
package jp.resas.ops.functions.migration;
