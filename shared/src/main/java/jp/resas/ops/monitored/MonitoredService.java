package jp.resas.ops.monitored;

import java.util.List;

/**
 * One service of the monitored system, as users see it ("RESAS 公開サイト", "RESAS API").
 *
 * @param id                stable key stored with every figure ("public-site")
 * @param name              what reports print (Japanese)
 * @param account           the {@link MonitoredAccount#name()}, or {@code null} for RESAS Ops (its own account)
 * @param region            where its regional resources are
 * @param resources         what belongs to it
 * @param availability      its target and how it is measured; absent for a service without one (a batch process)
 * @param alarmNamePatterns CloudWatch alarm names (with {@code *}) that belong to it
 */
public record MonitoredService(String id, String name, String account, String region, ServiceResources resources,
        java.util.Optional<AvailabilityMeasure> availability, List<String> alarmNamePatterns) {

    public MonitoredService {
        alarmNamePatterns = List.copyOf(alarmNamePatterns);
    }

    public boolean ownsAlarm(String alarmName) {
        return alarmNamePatterns.stream().anyMatch(pattern -> matches(pattern, alarmName));
    }

    static boolean matches(String pattern, String name) {
        String regex = java.util.Arrays.stream(pattern.split("\\*", -1)).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return name.matches(regex);
    }
}
