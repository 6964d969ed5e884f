package jp.resas.ops.dataset.spec;

/** CSV files, or the JSON pages of the e-Stat API's getStatsData ({@code DATA_INF.VALUE[]}). */
public enum SourceFormat { CSV, ESTAT_JSON }
