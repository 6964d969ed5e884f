/** Ratings and handling facts on PostgreSQL, and the service-level transaction boundary. */
package jp.resas.ops.servicelevel.infrastructure;
