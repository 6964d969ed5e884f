/** The catalog in PostgreSQL and its transaction boundary (every change audited). */
package jp.resas.ops.dataset.infrastructure;
