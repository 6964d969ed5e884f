package jp.resas.ops.dataset.spec;

import java.math.BigDecimal;

/**
 * One source column. {@code header} is the text of the header cell (CSV) or the attribute of an e-Stat
 * VALUE ({@code @area}, {@code $}). A VALUE column may fix its own coordinates: {@code measure}
 * (default: its name), {@code period} and {@code category} (default: the row's, then the spec's).
 * {@code min} / {@code max}: the range of a numeric column's values; an INTEGER VALUE column (a count)
 * has {@code min} 0 unless it declares another (a signed figure declares a negative one).
 */
public record ColumnSpec(String name, String header, ColumnType type, ColumnRole role, boolean required,
        String unit, String measure, String period, String category, BigDecimal min, BigDecimal max) {

    public ColumnSpec {
        role = role == null ? ColumnRole.ATTRIBUTE : role;
        type = type == null ? ColumnType.TEXT : type;
        header = header == null ? name : header;
    }

    /** The smallest value allowed, or null: the declared {@code min}, else 0 for a count (an INTEGER VALUE column). */
    public BigDecimal lowerBound() {
        if (min != null) {
            return min;
        }
        return role == ColumnRole.VALUE && type == ColumnType.INTEGER ? BigDecimal.ZERO : null;
    }

    public String measureName() {
        return measure == null ? name : measure;
    }
}
