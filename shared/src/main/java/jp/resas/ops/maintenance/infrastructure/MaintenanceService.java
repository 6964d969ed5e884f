package jp.resas.ops.maintenance.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.MaintenanceWindows;
import jp.resas.ops.maintenance.NewWindow;
import jp.resas.ops.maintenance.SchedulingMaintenance;

/** The transaction boundary of the maintenance use cases. */
@Singleton
public class MaintenanceService {

    private final MaintenanceWindows windows;
    private final SchedulingMaintenance scheduling;

    MaintenanceService(MaintenanceWindows windows, AuditLog audit) {
        this.windows = windows;
        this.scheduling = new SchedulingMaintenance(windows, audit);
    }

    @Transactional(readOnly = true)
    public List<MaintenanceWindow> recent(int limit) {
        return windows.recent(limit);
    }

    @Transactional(readOnly = true)
    public MaintenanceWindow get(long id) {
        return windows.find(id).orElseThrow(() -> new NotFoundException("指定されたメンテナンス (ID " + id + ") は存在しません。"));
    }

    @Transactional
    public long schedule(NewWindow window, Actor actor) {
        return scheduling.schedule(window, actor);
    }

    @Transactional
    public long cancel(long id, long version, Actor actor) {
        scheduling.cancel(id, version, actor);
        return id;
    }
}
