package jp.resas.ops.maintenance;

import java.util.List;
import java.util.Optional;

/** The maintenance windows (port; PostgreSQL in {@code infrastructure}). */
public interface MaintenanceWindows {

    long insert(NewWindow window, String createdBy);

    Optional<MaintenanceWindow> find(long id);

    Optional<MaintenanceWindow> lock(long id);

    void cancel(long id);

    /** Newest start first. */
    List<MaintenanceWindow> recent(int limit);
}
