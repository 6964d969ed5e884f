package jp.resas.ops.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as the report's source data (CSV, RFC 4180): a header and rows. Nulls are written as an
 * empty field, never as 0, so missing figures stay missing in spreadsheets.
 */
public record CsvTable(List<String> header, List<List<Object>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public String toCsv() {
        StringBuilder csv = new StringBuilder(line(List.copyOf(header)));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<?> fields) {
        return fields.stream().map(CsvTable::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Something an endpoint answers as JSON that can also be answered as CSV. */
    public interface Source {
        CsvTable csv();
    }
}
