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

    static Double number(String cell) {
        try {
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
