package jp.resas.ops.cost.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.cost.CostExplorer;
import jp.resas.ops.cost.CostGroup;
import jp.resas.ops.cost.CostQuery;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.DataUnavailableException;
import software.amazon.awssdk.services.costexplorer.model.DateInterval;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinition;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.MetricValue;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/** GetCostAndUsage (every page via NextPageToken) and GetCostForecast; JSON 1.1 on the wire. */
public final class AwsCostExplorer implements CostExplorer {

    private final CostExplorerClient client;

    public AwsCostExplorer(CostExplorerClient client) {
        this.client = client;
    }

    @Override
    public List<CostGroup> costAndUsage(CostQuery query) {
        List<GroupDefinition> groupBy = new ArrayList<>();
        if (query.byLinkedAccount()) {
            groupBy.add(GroupDefinition.builder().type(GroupDefinitionType.DIMENSION).key("LINKED_ACCOUNT").build());
        }
        groupBy.add(GroupDefinition.builder().type(GroupDefinitionType.DIMENSION).key("SERVICE").build());
        query.tagKey().ifPresent(tag -> groupBy.add(GroupDefinition.builder().type(GroupDefinitionType.TAG)
                .key(tag).build()));
        List<CostGroup> groups = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            GetCostAndUsageResponse response = client.getCostAndUsage(request -> request
                    .timePeriod(interval(query.start(), query.end()))
                    .granularity(query.granularity().name())
                    .metrics(CostQuery.AMORTIZED, CostQuery.UNBLENDED)
                    .groupBy(groupBy)
                    .nextPageToken(page));
            for (ResultByTime result : response.resultsByTime()) {
                LocalDate start = LocalDate.parse(result.timePeriod().start());
                boolean estimated = Boolean.TRUE.equals(result.estimated());
                result.groups().forEach(group -> groups.add(
                        new CostGroup(start, group.keys(), metrics(group.metrics()), estimated)));
            }
            token = response.nextPageToken();
        } while (token != null && !token.isEmpty());
        return groups;
    }

    @Override
    public Optional<CostGroup.Amount> forecast(LocalDate start, LocalDate end) {
        try {
            MetricValue total = client.getCostForecast(request -> request
                    .timePeriod(interval(start, end))
                    .metric("UNBLENDED_COST")
                    .granularity("MONTHLY")).total();
            return Optional.of(new CostGroup.Amount(new BigDecimal(total.amount()), total.unit()));
        } catch (DataUnavailableException e) {
            return Optional.empty();
        }
    }

    private static DateInterval interval(LocalDate start, LocalDate end) {
        return DateInterval.builder().start(start.toString()).end(end.toString()).build();
    }

    private static Map<String, CostGroup.Amount> metrics(Map<String, MetricValue> metrics) {
        Map<String, CostGroup.Amount> amounts = new HashMap<>();
        metrics.forEach((name, value) -> {
            if (value.amount() != null) {
                amounts.put(name, new CostGroup.Amount(new BigDecimal(value.amount()), value.unit()));
            }
        });
        return amounts;
    }
}
