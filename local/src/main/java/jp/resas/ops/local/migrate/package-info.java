/** {@code resas-ops migrate}: schema migrations and the data steps that follow them (the due-time backfill). */
package jp.resas.ops.local.migrate;
