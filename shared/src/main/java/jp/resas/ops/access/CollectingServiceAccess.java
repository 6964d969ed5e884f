package jp.resas.ops.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day of access for every site ({@link AccessSites}), each analysed on its own with the run's salt. One
 * site failing (no log file yet, its role cannot be assumed) does not hide the others: that service is
 * named as missing and keeps its earlier figures. Only when no site could be read does the day fail.
 */
public final class CollectingServiceAccess {

    private final List<AccessSites.Site> sites;
    private final byte[] salt;

    public CollectingServiceAccess(List<AccessSites.Site> sites, byte[] salt) {
        this.sites = List.copyOf(sites);
        this.salt = salt.clone();
    }

    public ServiceAccessDay fetch(LocalDate day) {
        if (sites.isEmpty()) {
            throw new IllegalStateException("access-collector has no site to read: no service of the monitored-system "
                    + "description has accessLogs, and resas.access.bucket / resas.access.distribution-id are not set");
        }
        Map<String, AccessDay> days = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        RuntimeException first = null;
        for (AccessSites.Site site : sites) {
            try {
                AccessDay analysed = new AnalysingAccess(site.logs(), salt).analyse(day);
                days.put(site.service(), analysed);
                analysed.missing().forEach(m -> missing.add(site.service() + ": " + m));
            } catch (RuntimeException e) {
                first = first == null ? e : first;
                missing.add(site.service() + ": not read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (days.isEmpty()) {
            throw first;
        }
        return new ServiceAccessDay(day, days, missing);
    }
}
