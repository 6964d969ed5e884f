package jp.resas.ops.report.document;

import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.report.ReportTable;

/**
 * A chart's points taken from its table: the rows whose value cells are all numbers (a row saying
 * 取得できませんでした is left out of the chart, never drawn as zero).
 */
record ChartData(ReportTable.Chart chart, String[] categories, List<String> seriesNames, List<Double[]> values,
        boolean everyRow) {

    static ChartData of(ReportTable table) {
        ReportTable.Chart chart = table.chart();
        List<String> categories = new ArrayList<>();
        List<List<Double>> columns = new ArrayList<>();
        chart.valueColumns().forEach(c -> columns.add(new ArrayList<>()));
        for (List<String> row : table.rows()) {
            List<Double> numbers = new ArrayList<>();
            for (int column : chart.valueColumns()) {
                Double number = number(row.get(column));
                if (number != null) {
                    numbers.add(number);
                }
            }
            if (numbers.size() == chart.valueColumns().size()) {
                categories.add(row.get(chart.categoryColumn()));
                for (int i = 0; i < numbers.size(); i++) {
                    columns.get(i).add(numbers.get(i));
                }
            }
        }
        return new ChartData(chart, categories.toArray(String[]::new),
                chart.valueColumns().stream().map(table.headers()::get).toList(),
                columns.stream().map(c -> c.toArray(Double[]::new)).toList(), categories.size() == table.rows().size());
    }

    boolean isEmpty() {
        return categories.length == 0;
    }

    /**
     * The cell as a number, or null. Most cells of a month's lists are text (names, dates, labels): a quick look at
     * the characters turns them away without the cost of a thrown {@link NumberFormatException} per cell.
     */
    static Double number(String cell) {
        if (!looksNumeric(cell)) {
            return null;
        }
        try {
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean looksNumeric(String cell) {
        if (cell.isEmpty() || cell.length() > 40) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }
}
