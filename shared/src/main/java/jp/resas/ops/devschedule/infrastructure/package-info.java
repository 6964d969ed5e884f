/** The development schedule on PostgreSQL and its transaction boundary. */
package jp.resas.ops.devschedule.infrastructure;
