package jp.resas.ops.dataset.spec;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset's processing spec. {@code referenceDate}: the date the figures describe (国勢調査 1 October,
 * 経済センサス 1 June), at which municipality codes must exist; a run may override it. {@code defaults}
 * give the period and category of observations whose row and column do not. {@code keys}: the columns
 * that identify a row; with the VALUE column's measure they identify an observation.
 */
public record ProcessingSpec(String dataset, int specVersion, SourceSpec source, String referenceDate,
        Map<String, String> defaults, List<ColumnSpec> columns, Map<String, SymbolMeaning> symbols,
        List<String> keys, ValidationSpec validation) {

    public ProcessingSpec {
        require(dataset != null && dataset.matches("[a-z0-9][a-z0-9-]{1,62}"), "dataset must be a lower-case id (a-z, 0-9, -)");
        require(specVersion > 0, "specVersion must be 1 or more");
        source = source == null ? new SourceSpec(null, null, 0, false, 0, 0) : source;
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        require(columns != null && !columns.isEmpty(), "columns must list at least one column");
        columns = List.copyOf(columns);
        symbols = symbols == null ? Map.of() : new LinkedHashMap<>(symbols);
        keys = keys == null ? List.of() : List.copyOf(keys);
        validation = validation == null ? new ValidationSpec(null, null) : validation;
        check(columns, keys, referenceDate, defaults);
    }

    public Optional<LocalDate> referenceDay() {
        return Optional.ofNullable(referenceDate).map(LocalDate::parse);
    }

    public List<ColumnSpec> valueColumns() {
        return columns.stream().filter(column -> column.role() == ColumnRole.VALUE).toList();
    }

    public Optional<ColumnSpec> column(ColumnRole role) {
        return columns.stream().filter(column -> column.role() == role).findFirst();
    }

    private static void check(List<ColumnSpec> columns, List<String> keys, String referenceDate,
            Map<String, String> defaults) {
        Set<String> names = new HashSet<>();
        Set<String> headers = new HashSet<>();
        for (ColumnSpec column : columns) {
            require(column.name() != null && !column.name().isBlank(), "every column needs a name");
            require(names.add(column.name()), "column name " + column.name() + " is used twice");
            require(headers.add(column.header()), "column header " + column.header() + " is used twice");
            require(column.role() != ColumnRole.VALUE || column.type().numeric(),
                    "VALUE column " + column.name() + " must be INTEGER or DECIMAL");
            require(column.min() == null && column.max() == null || column.type().numeric(),
                    "min and max need a numeric column, not " + column.name());
            require(column.min() == null || column.max() == null || column.min().compareTo(column.max()) <= 0,
                    "column " + column.name() + " has min above max");
        }
        for (ColumnRole role : List.of(ColumnRole.AREA, ColumnRole.PERIOD, ColumnRole.CATEGORY)) {
            require(columns.stream().filter(column -> column.role() == role).count() <= 1,
                    "at most one " + role + " column");
        }
        require(columns.stream().anyMatch(column -> column.role() == ColumnRole.AREA), "one column must have role AREA");
        require(columns.stream().anyMatch(column -> column.role() == ColumnRole.VALUE), "at least one column must have role VALUE");
        require(columns.stream().anyMatch(column -> column.role() == ColumnRole.PERIOD)
                || defaults.containsKey("period") || columns.stream().filter(c -> c.role() == ColumnRole.VALUE)
                        .allMatch(c -> c.period() != null), "a PERIOD column, defaults.period or a period on every VALUE column is required");
        keys.forEach(key -> require(names.contains(key), "keys names unknown column " + key));
        if (referenceDate != null) {
            try {
                LocalDate.parse(referenceDate);
            } catch (java.time.format.DateTimeParseException e) {
                throw new SpecException("referenceDate must be YYYY-MM-DD, not " + referenceDate);
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new SpecException(message);
        }
    }
}
