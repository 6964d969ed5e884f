package jp.resas.ops.monitoring.metrics;

import java.util.List;
import jp.resas.ops.common.CsvTable;

/** Daily metric values over a range of days, headroom breaches flagged. */
public record MetricsReport(String from, String to, List<Row> items) implements CsvTable.Source {

    public record Row(String day, String service, String namespace, String metric, String resource, String stat, double value,
            Double threshold, boolean breached) {
    }

    @Override
    public CsvTable csv() {
        return new CsvTable(List.of("day", "service", "namespace", "metric", "resource", "stat", "value", "threshold", "breached"),
                items.stream().map(r -> List.<Object>of(r.day(), r.service(), r.namespace(), r.metric(), r.resource(), r.stat(),
                        r.value(), r.threshold() == null ? "" : r.threshold(), r.breached())).toList());
    }
}
