package jp.resas.ops.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A window to schedule: what, planned or ad hoc, which services, optionally which alarms belong to
 * each service (name or ARN patterns; null or empty: every alarm counts), and when.
 */
public record NewWindow(String title, MaintenanceWindow.Kind kind, List<String> services,
        Map<String, List<String>> alarmPatterns, Instant startsAt, Instant endsAt) {
}
