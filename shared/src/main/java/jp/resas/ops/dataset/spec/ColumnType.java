package jp.resas.ops.dataset.spec;

/** What a column holds; codes are normalised to five digits, periods to {@code YYYY} or {@code YYYY-MM}. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, PERIOD,
    /** 都道府県コード: 2 digits, or the 5/6-digit prefecture code. */
    PREFECTURE_CODE,
    /** 全国地方公共団体コード: 5 digits or 6 with the check digit; must exist at the reference date. */
    MUNICIPALITY_CODE;

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
