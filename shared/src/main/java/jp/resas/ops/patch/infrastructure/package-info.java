/** Patch records in PostgreSQL; the use cases' transactions. */
package jp.resas.ops.patch.infrastructure;
