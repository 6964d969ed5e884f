/** Maintenance windows on PostgreSQL, answering alarm intake's "inside a window?" question. */
package jp.resas.ops.maintenance.infrastructure;
