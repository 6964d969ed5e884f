package jp.resas.ops.monitoring.logs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day of log errors for every service with log groups (RESAS's, each in its own account, and RESAS
 * Ops'). One account failing (its role cannot be assumed, Insights refuses) does not hide the others:
 * that service is named as missing. Only when no service could be read does the day fail.
 */
public final class CollectingServiceLogErrors {

    /** One service's log groups and the Insights that reads them. */
    public record ServiceLogs(String service, CollectingLogErrors collecting) {
    }

    private final List<ServiceLogs> services;

    public CollectingServiceLogErrors(List<ServiceLogs> services) {
        this.services = List.copyOf(services);
    }

    public LogsDay fetch(LocalDate day) {
        if (services.isEmpty()) {
            throw new IllegalStateException("no log groups configured: none in the monitored-system description's "
                    + "services, none in resas.logs.error-log-groups");
        }
        Map<String, LogHarvest> harvests = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        RuntimeException first = null;
        for (ServiceLogs service : services) {
            try {
                LogHarvest harvest = service.collecting().fetch(day);
                harvests.put(service.service(), harvest);
                harvest.missing().forEach(m -> missing.add(service.service() + ": " + m));
            } catch (RuntimeException e) {
                first = first == null ? e : first;
                missing.add(service.service() + ": not read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (harvests.isEmpty()) {
            throw first;
        }
        return new LogsDay(day, harvests, missing);
    }
}
