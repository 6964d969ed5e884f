package jp.resas.ops.report;

import java.util.List;
import java.util.Objects;

/**
 * One table of a report, exactly as the Word, Excel and CSV files show it: every figure in the
 * document is a cell of a row here. {@code name} names its CSV file and Excel sheet.
 *
 * @param chart drawn from this table's own columns, or null
 */
public record ReportTable(String name, String caption, List<String> headers, List<List<String>> rows, Chart chart) {

    /** A bar or line chart: categories from one column, one series per value column. */
    public record Chart(String title, Type type, int categoryColumn, List<Integer> valueColumns) {

        public enum Type { BAR, LINE }

        public Chart {
            valueColumns = List.copyOf(valueColumns);
        }
    }

    public ReportTable {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        int width = headers.size();
        String table = name;
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException(table + ": row has " + row.size() + " cells, headers " + width);
            }
            return List.copyOf(row);
        }).toList();
    }

    public static ReportTable of(String name, String caption, List<String> headers, List<List<String>> rows) {
        return new ReportTable(name, caption, headers, rows, null);
    }

    public ReportTable withChart(String title, Chart.Type type, int categoryColumn, Integer... valueColumns) {
        return new ReportTable(name, caption, headers, rows, new Chart(title, type, categoryColumn, List.of(valueColumns)));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
