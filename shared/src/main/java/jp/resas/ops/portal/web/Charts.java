package jp.resas.ops.portal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The figures of a chart as the JSON {@code portal-static/charts.js} draws from, written into a
 * {@code <script type="application/json">} element: every {@code <}, {@code >} and {@code &} is escaped,
 * so no text can close the element. A missing figure is null (a gap), never 0.
 */
public final class Charts {

    /** One line or set of bars. */
    public record Series(String label, List<? extends Number> data) {
    }

    private Charts() {
    }

    public static String json(String type, List<String> labels, List<Series> series, String unit) {
        return "{\"type\":" + string(type) + ",\"unit\":" + string(unit) + ",\"labels\":["
                + labels.stream().map(Charts::string).collect(Collectors.joining(",")) + "],\"series\":["
                + series.stream().map(s -> "{\"label\":" + string(s.label()) + ",\"data\":["
                        + s.data().stream().map(Charts::number).collect(Collectors.joining(",")) + "]}")
                        .collect(Collectors.joining(",")) + "]}";
    }

    private static String number(Number value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        double d = value.doubleValue();
        return Double.isFinite(d) ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d)) : "null";
    }

    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
