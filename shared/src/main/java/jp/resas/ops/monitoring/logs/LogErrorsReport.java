package jp.resas.ops.monitoring.logs;

import java.util.List;
import jp.resas.ops.common.CsvTable;

/** Errors over a range of days: per day and log group, API 5xx per day, the top signatures of the range. */
public record LogErrorsReport(String from, String to, List<DayErrors> errors, List<DayCount> serverErrors,
        List<Signature> signatures) implements CsvTable.Source {

    public record DayErrors(String day, String source, long errors) {
    }

    public record DayCount(String day, long count) {
    }

    public record Signature(String signature, long occurrences, String sample, String source) {
    }

    @Override
    public CsvTable csv() {
        return new CsvTable(List.of("day", "source", "errors"),
                errors.stream().map(e -> List.<Object>of(e.day(), e.source(), e.errors())).toList());
    }
}
