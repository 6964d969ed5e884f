package jp.resas.ops.monitoring.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A day of metrics for every monitored service (and RESAS Ops), each read in its own account. One
 * account failing (its role cannot be assumed, its API refuses) does not hide the others: that
 * service is named as missing. Only when no service could be read does the day fail.
 */
public final class CollectingServiceMetrics {

    private final List<CollectingMetrics> services;

    public CollectingServiceMetrics(List<CollectingMetrics> services) {
        if (services.isEmpty()) {
            throw new IllegalStateException("no service has metric targets (monitored-system description)");
        }
        this.services = List.copyOf(services);
    }

    public MetricsDay fetch(LocalDate day) {
        List<MetricsHarvest> harvests = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        RuntimeException first = null;
        for (CollectingMetrics service : services) {
            try {
                MetricsHarvest harvest = service.fetch(day);
                harvests.add(harvest);
                missing.addAll(harvest.missing());
            } catch (RuntimeException e) {
                first = first == null ? e : first;
                missing.add(service.service() + ": not read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (harvests.isEmpty()) {
            throw first;
        }
        return new MetricsDay(day, harvests, missing);
    }
}
