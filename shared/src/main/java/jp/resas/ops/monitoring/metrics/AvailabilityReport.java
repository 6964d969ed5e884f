package jp.resas.ops.monitoring.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.resas.ops.common.CsvTable;

/**
 * A month's availability: {@code (periods - breached) / periods} over the days that were measured,
 * in percent to three decimals; null when no day was. {@code missingDays} were not measured.
 */
public record AvailabilityReport(String month, BigDecimal availabilityPercent, int periods, int breachedPeriods,
        int idlePeriods, List<Day> days, List<String> missingDays) implements CsvTable.Source {

    public record Day(String day, int periods, int breachedPeriods, int idlePeriods) {
    }

    public static AvailabilityReport of(String month, List<Day> days, List<String> missingDays) {
        int periods = days.stream().mapToInt(Day::periods).sum();
        int breached = days.stream().mapToInt(Day::breachedPeriods).sum();
        int idle = days.stream().mapToInt(Day::idlePeriods).sum();
        BigDecimal percent = periods == 0 ? null : BigDecimal.valueOf(periods - breached).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(periods), 3, RoundingMode.DOWN);
        return new AvailabilityReport(month, percent, periods, breached, idle, days, missingDays);
    }

    @Override
    public CsvTable csv() {
        return new CsvTable(List.of("day", "periods", "breached_periods", "idle_periods"),
                days.stream().map(d -> List.<Object>of(d.day(), d.periods(), d.breachedPeriods(), d.idlePeriods()))
                        .toList());
    }
}
