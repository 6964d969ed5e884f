/** Cost Explorer through the AWS SDK, the cost tables in PostgreSQL, and the cost collector's entry point. */
package jp.resas.ops.cost.infrastructure;
