package jp.resas.ops.cost;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.Harvest;

/** @param byAccount the month's cost by linked account and service */
public record CostHarvest(YearMonth month, List<DailyCost> daily, List<MonthlyCost> monthly,
        List<AccountCost> byAccount, Optional<Forecast> forecast, List<String> missing) implements Harvest {

    public CostHarvest {
        daily = List.copyOf(daily);
        monthly = List.copyOf(monthly);
        byAccount = List.copyOf(byAccount);
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("costDailyRows", daily.size(), "costMonthlyRows", monthly.size(),
                "costAccountRows", byAccount.size(), "costForecasts", forecast.isPresent() ? 1 : 0);
    }
}
