/** The audit log on PostgreSQL (a trigger refuses UPDATE, DELETE and TRUNCATE). */
package jp.resas.ops.audit.infrastructure;
