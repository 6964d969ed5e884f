package jp.resas.ops.dataset.spec;

/**
 * One source column. {@code header} is the text of the header cell (CSV) or the attribute of an e-Stat
 * VALUE ({@code @area}, {@code $}). A VALUE column may fix its own coordinates: {@code measure}
 * (default: its name), {@code period} and {@code category} (default: the row's, then the spec's).
 */
public record ColumnSpec(String name, String header, ColumnType type, ColumnRole role, boolean required,
        String unit, String measure, String period, String category) {

    public ColumnSpec {
        role = role == null ? ColumnRole.ATTRIBUTE : role;
        type = type == null ? ColumnType.TEXT : type;
        header = header == null ? name : header;
    }

    public String measureName() {
        return measure == null ? name : measure;
    }
}
