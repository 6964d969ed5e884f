package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.cost.CostQuery.Granularity;
import jp.resas.ops.monitored.MonitoredSystem;

/**
 * Fetches one month's cost in at most four billed requests (plus pages): the month by service
 * (and tag), the month by linked account and service (each account named as the monitored-system
 * description knows it), its days so far by service, and, while the month runs, the forecast of the rest.
 * Cost Explorer revises recent days for up to a few days, so each run fetches the whole month so far.
 */
public final class CollectingCosts {

    private final CostExplorer explorer;
    private final Optional<String> tagKey;
    private final MonitoredSystem system;

    public CollectingCosts(CostExplorer explorer, Optional<String> tagKey, MonitoredSystem system) {
        this.explorer = explorer;
        this.tagKey = tagKey.filter(key -> !key.isBlank());
        this.system = system;
    }

    public CostHarvest fetch(YearMonth month, LocalDate today) {
        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        if (!today.isAfter(start)) {
            throw new IllegalArgumentException("month " + month + " has no cost yet on " + today);
        }
        LocalDate dataEnd = today.isBefore(end) ? today : end;
        List<String> missing = new ArrayList<>();
        List<MonthlyCost> monthly = monthly(month,
                explorer.costAndUsage(new CostQuery(start, dataEnd, Granularity.MONTHLY, tagKey)), missing);
        List<AccountCost> byAccount = byAccount(month,
                explorer.costAndUsage(CostQuery.byAccount(start, dataEnd, Granularity.MONTHLY)), missing);
        List<DailyCost> daily = daily(start, dataEnd,
                explorer.costAndUsage(new CostQuery(start, dataEnd, Granularity.DAILY, Optional.empty())), missing);
        Optional<Forecast> forecast = Optional.empty();
        if (today.isBefore(end)) {
            forecast = forecast(month, today, end, daily, missing);
        }
        return new CostHarvest(month, daily, monthly, byAccount, forecast, missing);
    }

    private List<MonthlyCost> monthly(YearMonth month, List<CostGroup> groups, List<String> missing) {
        Map<String, MonthlyCost> byKey = new LinkedHashMap<>();
        for (CostGroup group : groups) {
            // Cost Explorer answers whole months; anything outside the asked month is not ours to store.
            if (!YearMonth.from(group.periodStart()).equals(month)) {
                continue;
            }
            String service = group.keys().get(0);
            String tag = group.keys().size() > 1 ? tagValue(group.keys().get(1)) : "";
            CostAmounts amounts = amounts(group, missing, month + " " + service);
            byKey.merge(service + "\u0000" + tag, new MonthlyCost(month, service, tag, amounts, group.estimated()),
                    (a, b) -> new MonthlyCost(month, service, tag, a.amounts().plus(b.amounts()),
                            a.estimated() || b.estimated()));
        }
        return List.copyOf(byKey.values());
    }

    /** Groups keyed by account id, then service; an answer not grouped so is named missing, not guessed. */
    private List<AccountCost> byAccount(YearMonth month, List<CostGroup> groups, List<String> missing) {
        Map<String, AccountCost> byKey = new LinkedHashMap<>();
        List<List<String>> unkeyed = new ArrayList<>();
        for (CostGroup group : groups) {
            if (!YearMonth.from(group.periodStart()).equals(month)) {
                continue;
            }
            if (group.keys().size() != 2 || !group.keys().get(0).matches("[0-9]{12}")) {
                unkeyed.add(group.keys());
                continue;
            }
            LinkedAccount account = LinkedAccount.in(system, group.keys().get(0));
            String service = group.keys().get(1);
            CostAmounts amounts = amounts(group, missing, month + " " + account.id() + " " + service);
            byKey.merge(account.id() + "\u0000" + service, new AccountCost(month, account, service, amounts,
                    group.estimated()), (a, b) -> new AccountCost(month, account, service,
                    a.amounts().plus(b.amounts()), a.estimated() || b.estimated()));
        }
        if (!unkeyed.isEmpty()) {
            missing.add("cost by linked account " + month + ": " + unkeyed.size() + " group(s) not keyed by "
                    + "LINKED_ACCOUNT and SERVICE, e.g. " + unkeyed.get(0));
        }
        return List.copyOf(byKey.values());
    }

    private static List<DailyCost> daily(LocalDate start, LocalDate end, List<CostGroup> groups, List<String> missing) {
        List<DailyCost> days = new ArrayList<>();
        for (CostGroup group : groups) {
            if (group.periodStart().isBefore(start) || !group.periodStart().isBefore(end)) {
                continue;
            }
            String service = group.keys().get(0);
            days.add(new DailyCost(group.periodStart(), service,
                    amounts(group, missing, group.periodStart() + " " + service), group.estimated()));
        }
        return days;
    }

    private Optional<Forecast> forecast(YearMonth month, LocalDate today, LocalDate end, List<DailyCost> daily,
            List<String> missing) {
        Optional<CostGroup.Amount> rest = explorer.forecast(today, end);
        if (rest.isEmpty()) {
            missing.add("forecast " + month + ": Cost Explorer has too little history to forecast");
            return Optional.empty();
        }
        BigDecimal soFar = BigDecimal.ZERO;
        for (DailyCost day : daily) {
            if (day.amounts().unblended() == null) {
                missing.add("forecast " + month + ": unblended cost of " + day.day() + " " + day.service() + " unknown");
                return Optional.empty();
            }
            soFar = soFar.add(day.amounts().unblended());
        }
        return Optional.of(new Forecast(month, soFar.add(rest.get().value()), rest.get().unit(), today));
    }

    private static CostAmounts amounts(CostGroup group, List<String> missing, String what) {
        CostGroup.Amount unblended = group.metrics().get(CostQuery.UNBLENDED);
        CostGroup.Amount amortized = group.metrics().get(CostQuery.AMORTIZED);
        if (unblended == null) {
            missing.add(CostQuery.UNBLENDED + " " + what);
        }
        if (amortized == null) {
            missing.add(CostQuery.AMORTIZED + " " + what);
        }
        String unit = unblended != null ? unblended.unit() : amortized != null ? amortized.unit() : "USD";
        return new CostAmounts(unblended == null ? null : unblended.value(),
                amortized == null ? null : amortized.value(), unit);
    }

    /** Cost Explorer writes a tag group key as {@code Key$value}, and {@code Key$} for untagged cost. */
    private static String tagValue(String key) {
        int dollar = key.indexOf('$');
        return dollar < 0 ? key : key.substring(dollar + 1);
    }
}
