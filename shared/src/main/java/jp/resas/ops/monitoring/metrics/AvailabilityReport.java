package jp.resas.ops.monitoring.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.resas.ops.common.CsvTable;

/**
 * A service's availability in a month: {@code (periods - breached) / periods} over the days that were
 * measured, in percent to three decimals; null when no day was. {@code missingDays} were not
 * measured. {@code targetMet} compares it with the service's target (null without a figure).
 */
public record AvailabilityReport(String month, String service, String serviceName, Double targetPercent,
        Boolean targetMet, BigDecimal availabilityPercent, int periods, int breachedPeriods,
        int idlePeriods, List<Day> days, List<String> missingDays) implements CsvTable.Source {

    public record Day(String day, int periods, int breachedPeriods, int idlePeriods) {
    }

    public static AvailabilityReport of(String month, String service, String serviceName, Double targetPercent,
            List<Day> days, List<String> missingDays) {
        int periods = days.stream().mapToInt(Day::periods).sum();
        int breached = days.stream().mapToInt(Day::breachedPeriods).sum();
        int idle = days.stream().mapToInt(Day::idlePeriods).sum();
        BigDecimal percent = periods == 0 ? null : BigDecimal.valueOf(periods - breached).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(periods), 3, RoundingMode.DOWN);
        Boolean met = percent == null || targetPercent == null ? null
                : percent.compareTo(BigDecimal.valueOf(targetPercent)) >= 0;
        return new AvailabilityReport(month, service, serviceName, targetPercent, met, percent, periods, breached, idle, days, missingDays);
    }

    @Override
    public CsvTable csv() {
        return new CsvTable(List.of("day", "periods", "breached_periods", "idle_periods"),
                days.stream().map(d -> List.<Object>of(d.day(), d.periods(), d.breachedPeriods(), d.idlePeriods()))
                        .toList());
    }
}
