package jp.resas.ops.maintenance;

import java.time.Instant;
import java.util.List;

/** A window to schedule: what, planned or ad hoc, which services, and when. */
public record NewWindow(String title, MaintenanceWindow.Kind kind, List<String> services, Instant startsAt,
        Instant endsAt) {
}
