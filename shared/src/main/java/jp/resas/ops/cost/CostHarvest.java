package jp.resas.ops.cost;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.Harvest;

public record CostHarvest(YearMonth month, List<DailyCost> daily, List<MonthlyCost> monthly,
        Optional<Forecast> forecast, List<String> missing) implements Harvest {

    public CostHarvest {
        daily = List.copyOf(daily);
        monthly = List.copyOf(monthly);
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("costDailyRows", daily.size(), "costMonthlyRows", monthly.size(),
                "costForecasts", forecast.isPresent() ? 1 : 0);
    }
}
