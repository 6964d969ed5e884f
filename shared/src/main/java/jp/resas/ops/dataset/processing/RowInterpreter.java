package jp.resas.ops.dataset.processing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.read.FieldRecord;
import jp.resas.ops.dataset.spec.ColumnRole;
import jp.resas.ops.dataset.spec.ColumnSpec;
import jp.resas.ops.dataset.spec.ColumnType;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.dataset.spec.SymbolMeaning;

/**
 * Turns one record into observations, or into findings when a cell breaks a rule. A row with an error
 * gives no observation; every broken cell of it is reported, not only the first.
 */
final class RowInterpreter {

    private record Bound(ColumnSpec spec, int index) {
    }

    private final Map<String, SymbolMeaning> symbols;
    private final String symbolList;
    private final Findings findings;
    private final AreaCodes areas;
    private final Bound area;
    private final Bound period;
    private final Bound category;
    private final List<Bound> values = new ArrayList<>();
    private final List<Bound> checked = new ArrayList<>();
    private final String defaultPeriod;
    private final String defaultCategory;
    private final TotalsCheck totals;

    RowInterpreter(ProcessingSpec spec, List<String> header, AreaCodes areas, Findings findings, TotalsCheck totals) {
        this.symbols = spec.symbols();
        this.symbolList = String.join(" ", spec.symbols().keySet().stream().map(s -> s.isEmpty() ? "（空欄）" : s).toList());
        this.findings = findings;
        this.areas = areas;
        this.totals = totals;
        Bound areaColumn = null;
        Bound periodColumn = null;
        Bound categoryColumn = null;
        for (ColumnSpec column : spec.columns()) {
            Bound bound = new Bound(column, header.indexOf(column.header()));
            switch (column.role()) {
                case AREA -> areaColumn = bound;
                case PERIOD -> periodColumn = bound;
                case CATEGORY -> categoryColumn = bound;
                case VALUE -> values.add(bound);
                case ATTRIBUTE -> {
                    if (column.type() != ColumnType.TEXT || column.required()) {
                        checked.add(bound);
                    }
                }
            }
        }
        this.area = areaColumn;
        this.period = periodColumn;
        this.category = categoryColumn;
        this.defaultPeriod = spec.defaults().get("period");
        this.defaultCategory = spec.defaults().getOrDefault("category", "");
    }

    /** Interprets {@code record}; true when it gave observations. */
    boolean interpret(FieldRecord record, ObservationSink sink, VersionSummary.Builder summary) {
        long line = record.line();
        boolean ok = true;
        AreaCodes.Verdict areaVerdict = areas.check(record.get(area.index));
        if (record.get(area.index).isBlank()) {
            ok = required(area, line);
        } else if (areaVerdict.rule() != null) {
            findings.error(areaVerdict.rule(), line, area.spec.header(), record.get(area.index), areaVerdict.message());
            ok = false;
        }
        String rowPeriod = defaultPeriod;
        if (period != null) {
            rowPeriod = text(record, period, line);
            if (rowPeriod == null) {
                ok = false;
            }
        }
        String rowCategory = defaultCategory;
        if (category != null) {
            rowCategory = text(record, category, line);
            if (rowCategory == null) {
                ok = false;
            }
        }
        for (Bound column : checked) {
            ok &= text(record, column, line) != null;
        }
        String[] parsed = new String[values.size()];
        ValueStatus[] statuses = new ValueStatus[values.size()];
        for (int i = 0; i < values.size(); i++) {
            Bound column = values.get(i);
            String cell = record.get(column.index).strip();
            SymbolMeaning meaning = symbols.get(cell);
            if (meaning != null) {
                statuses[i] = meaning == SymbolMeaning.SUPPRESSED ? ValueStatus.SUPPRESSED : ValueStatus.MISSING;
                continue;
            }
            parsed[i] = column.spec.type() == ColumnType.INTEGER ? ValueParser.integer(cell) : ValueParser.decimal(cell);
            statuses[i] = ValueStatus.VALUE;
            if (parsed[i] == null) {
                ok = false;
                cellError(column, line, cell);
            } else if (!inRange(column, parsed[i], line, cell)) {
                ok = false;
            }
        }
        if (!ok) {
            if (totals != null) {
                totals.skip(areaVerdict.rule() == null && areaVerdict.code() != null && areaVerdict.code().length() >= 2
                        ? areaVerdict.code().substring(0, 2) : TotalsCheck.WHOLE_FILE, line);
            }
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            ColumnSpec column = values.get(i).spec;
            Observation observation = new Observation(areaVerdict.code(),
                    column.period() != null ? column.period() : rowPeriod,
                    column.category() != null ? column.category() : rowCategory,
                    column.measureName(), parsed[i], statuses[i], line);
            sink.accept(observation);
            summary.count();
            if (parsed[i] != null) {
                summary.add(observation.measure(), Double.parseDouble(parsed[i]));
            }
            if (totals != null) {
                totals.add(areaVerdict, observation);
            }
        }
        return true;
    }

    private void cellError(Bound column, long line, String cell) {
        if (cell.isEmpty()) {
            required(column, line);
        } else if (!ValueParser.hasDigit(cell)) {
            findings.error("unknown-symbol", line, column.spec.header(), cell,
                    "加工仕様にない記号です: 「" + cell + "」（定義済みの記号: " + symbolList + "）");
        } else {
            findings.error("type", line, column.spec.header(), cell, "数値（"
                    + (column.spec.type() == ColumnType.INTEGER ? "整数" : "小数") + "）ではありません: 「" + cell + "」");
        }
    }

    /** The checked text of a key or attribute column, or null after reporting why not. */
    private String text(FieldRecord record, Bound column, long line) {
        String cell = record.get(column.index).strip();
        if (cell.isEmpty()) {
            return column.spec.required() || column.spec.role() != ColumnRole.ATTRIBUTE ? nullAfter(required(column, line)) : cell;
        }
        return switch (column.spec.type()) {
            case PERIOD -> orReport(Periods.normalise(cell), column, line, cell, "期間（年・年月）として読めません");
            case INTEGER -> orReport(ValueParser.integer(cell), column, line, cell, "数値（整数）ではありません");
            case DECIMAL -> orReport(ValueParser.decimal(cell), column, line, cell, "数値（小数）ではありません");
            default -> cell;
        };
    }

    /** A normalised number below zero, without parsing it (this runs for every cell). */
    private static boolean negative(String value) {
        if (value.isEmpty() || value.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private String orReport(String value, Bound column, long line, String cell, String message) {
        if (value == null) {
            findings.error("type", line, column.spec.header(), cell, message + ": 「" + cell + "」");
            return null;
        }
        return column.spec.type().numeric() && !inRange(column, value, line, cell) ? null : value;
    }

    /** Whether a parsed number lies within the column's range; reports {@code range} when not. */
    private boolean inRange(Bound column, String value, long line, String cell) {
        BigDecimal min = column.spec.lowerBound();
        BigDecimal max = column.spec.max();
        if (min == null && max == null || max == null && min.signum() == 0 && !negative(value)) {
            return true;
        }
        BigDecimal number = new BigDecimal(value);
        if (min != null && number.compareTo(min) < 0) {
            findings.error("range", line, column.spec.header(), cell, "値 " + cell + " が下限 " + min.toPlainString()
                    + " を下回っています" + (column.spec.min() == null ? "（件数の列は 0 以上）。" : "。"));
            return false;
        }
        if (max != null && number.compareTo(max) > 0) {
            findings.error("range", line, column.spec.header(), cell, "値 " + cell + " が上限 " + max.toPlainString()
                    + " を超えています。");
            return false;
        }
        return true;
    }

    private boolean required(Bound column, long line) {
        findings.error("required", line, column.spec.header(), "", "必須項目「" + column.spec.header() + "」が空です。");
        return false;
    }

    private static String nullAfter(boolean ignored) {
        return null;
    }
}
