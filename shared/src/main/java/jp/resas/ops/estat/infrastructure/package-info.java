/** The e-Stat HTTP adapter behind {@link jp.resas.ops.estat.StatsData}. */
package jp.resas.ops.estat.infrastructure;
