package jp.resas.ops.platform.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row as a map keyed by its columns' labels in camelCase, in column order: timestamps as instants,
 * dates as ISO text. For read models whose columns are exactly what a page or report shows.
 */
public final class ColumnMap {

    private ColumnMap() {
    }

    public static Map<String, Object> row(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = camel(meta.getColumnLabel(i));
            Object value = row.getObject(i);
            if (value instanceof java.sql.Timestamp) {
                value = Sql.instant(row, meta.getColumnLabel(i));
            } else if (value instanceof java.sql.Date date) {
                value = date.toLocalDate().toString();
            }
            result.put(name, value);
        }
        return result;
    }

    private static String camel(String snake) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
