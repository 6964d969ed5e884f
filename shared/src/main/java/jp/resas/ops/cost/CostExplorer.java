package jp.resas.ops.cost;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Cost Explorer (port; the AWS SDK in {@code infrastructure}). Every call is a billed request. */
public interface CostExplorer {

    /** Every group of every page, for {@link CostQuery#UNBLENDED} and {@link CostQuery#AMORTIZED}. */
    List<CostGroup> costAndUsage(CostQuery query);

    /** The unblended cost forecast for {@code [start, end)}; empty when AWS has too little history. */
    Optional<CostGroup.Amount> forecast(LocalDate start, LocalDate end);
}
