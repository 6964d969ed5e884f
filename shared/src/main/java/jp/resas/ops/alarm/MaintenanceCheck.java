package jp.resas.ops.alarm;

import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.incident.IncidentId;

/**
 * Whether an alarm fired inside a maintenance window that affects it (port; the maintenance
 * capability answers). Intake still opens or updates the incident; the window only explains it.
 */
public interface MaintenanceCheck {

    /** No windows: for callers that do not track maintenance. */
    MaintenanceCheck NONE = new MaintenanceCheck() {
        @Override
        public Optional<Window> windowFor(AlarmRef alarm, Instant at) {
            return Optional.empty();
        }

        @Override
        public void record(Window window, AlarmRef alarm, Instant at, IncidentId incident) {
            throw new IllegalStateException("no maintenance windows are tracked");
        }
    };

    /**
     * A window that was open at an instant; {@code service} is the affected service the alarm belongs
     * to, or null when the window names no alarms per service (then every alarm counts).
     */
    record Window(long id, String title, String service) {
    }

    /** The window open at {@code at} whose affected services include {@code alarm}, if any. */
    Optional<Window> windowFor(AlarmRef alarm, Instant at);

    /** Records the alarm on the window and marks the incident as raised during it. */
    void record(Window window, AlarmRef alarm, Instant at, IncidentId incident);
}
