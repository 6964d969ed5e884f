package jp.resas.ops.alarm;

import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.incident.IncidentId;

/**
 * Whether an alarm fired inside a maintenance window (port; the maintenance capability answers).
 * Intake still opens or updates the incident; the window only explains it.
 */
public interface MaintenanceCheck {

    /** No windows: for callers that do not track maintenance. */
    MaintenanceCheck NONE = new MaintenanceCheck() {
        @Override
        public Optional<Window> windowAt(Instant at) {
            return Optional.empty();
        }

        @Override
        public void record(Window window, AlarmRef alarm, Instant at, IncidentId incident) {
            throw new IllegalStateException("no maintenance windows are tracked");
        }
    };

    /** A window that was open at an instant. */
    record Window(long id, String title) {
    }

    Optional<Window> windowAt(Instant at);

    /** Records the alarm on the window and marks the incident as raised during it. */
    void record(Window window, AlarmRef alarm, Instant at, IncidentId incident);
}
