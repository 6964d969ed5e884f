/** The EOS calendar, its alerts and upgrades in PostgreSQL; the use cases' transactions. */
package jp.resas.ops.eos.infrastructure;
