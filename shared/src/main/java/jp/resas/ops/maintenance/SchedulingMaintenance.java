package jp.resas.ops.maintenance;

import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;

/** Operators schedule maintenance windows and cancel them; both audited. */
public final class SchedulingMaintenance {

    private final MaintenanceWindows windows;
    private final AuditLog audit;

    public SchedulingMaintenance(MaintenanceWindows windows, AuditLog audit) {
        this.windows = windows;
        this.audit = audit;
    }

    public long schedule(NewWindow window, Actor actor) {
        String title = Texts.required("title", window.title(), 200);
        if (window.kind() == null) {
            throw new InvalidInputException("kind", "kind は PLANNED, AD_HOC のいずれかを指定してください。");
        }
        if (window.services() == null || window.services().isEmpty()) {
            throw new InvalidInputException("services", "影響を受けるサービスを 1 つ以上指定してください。");
        }
        List<String> services = window.services().stream().map(s -> Texts.required("services", s, 100)).toList();
        if (window.startsAt() == null || window.endsAt() == null || !window.endsAt().isAfter(window.startsAt())) {
            throw new InvalidInputException("endsAt", "終了日時 (endsAt) は開始日時 (startsAt) より後にしてください。");
        }
        long id = windows.insert(new NewWindow(title, window.kind(), services, window.startsAt(), window.endsAt()),
                actor.name());
        audit.append(new AuditEntry(actor.name(), "maintenance.schedule", "maintenance_window", String.valueOf(id),
                Map.of("title", title, "kind", window.kind().name(), "services", services,
                        "startsAt", window.startsAt().toString(), "endsAt", window.endsAt().toString()), actor.source()));
        return id;
    }

    public void cancel(long id, long version, Actor actor) {
        MaintenanceWindow window = windows.lock(id).orElseThrow(() ->
                new NotFoundException("指定されたメンテナンス (ID " + id + ") は存在しません。"));
        if (window.version() != version) {
            throw ConflictException.staleVersion(version, window.version());
        }
        if (window.status() == MaintenanceWindow.Status.CANCELLED) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "id", "このメンテナンスは既に中止されています。");
        }
        windows.cancel(id);
        audit.append(new AuditEntry(actor.name(), "maintenance.cancel", "maintenance_window", String.valueOf(id),
                Map.of("title", window.title()), actor.source()));
    }
}
