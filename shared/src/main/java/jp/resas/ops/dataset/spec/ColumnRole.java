package jp.resas.ops.dataset.spec;

/**
 * Where a column goes in the long observation (area, period, category, measure → value). A row gives
 * one observation per VALUE column: that is the wide-to-long reshaping. ATTRIBUTE columns are checked
 * but not loaded (names, notes).
 */
public enum ColumnRole { AREA, PERIOD, CATEGORY, VALUE, ATTRIBUTE }
