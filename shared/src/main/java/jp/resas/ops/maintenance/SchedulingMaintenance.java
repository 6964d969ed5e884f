package jp.resas.ops.maintenance;

import java.util.LinkedHashMap;
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

    static final int MAX_PATTERNS = 50;

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
        ServiceAlarms alarms = alarms(services, window.alarmPatterns());
        long id = windows.insert(new NewWindow(title, window.kind(), services, alarms.texts(), window.startsAt(),
                window.endsAt()), actor.name());
        audit.append(new AuditEntry(actor.name(), "maintenance.schedule", "maintenance_window", String.valueOf(id),
                Map.of("title", title, "kind", window.kind().name(), "services", services,
                        "alarmPatterns", alarms.texts(), "startsAt", window.startsAt().toString(),
                        "endsAt", window.endsAt().toString()), actor.source()));
        return id;
    }

    /** Patterns only for the window's own services, at most {@value #MAX_PATTERNS} each. */
    private static ServiceAlarms alarms(List<String> services, Map<String, List<String>> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            return ServiceAlarms.ANY;
        }
        Map<String, List<AlarmPattern>> byService = new LinkedHashMap<>();
        for (String service : services) {
            List<String> texts = patterns.getOrDefault(service, List.of());
            if (texts.size() > MAX_PATTERNS) {
                throw new InvalidInputException("alarmPatterns", service + " のアラーム指定は " + MAX_PATTERNS
                        + " 件までです。");
            }
            byService.put(service, texts.stream().map(t -> AlarmPattern.of("alarmPatterns", t)).toList());
        }
        patterns.keySet().stream().filter(service -> !services.contains(service)).findFirst().ifPresent(service -> {
            throw new InvalidInputException("alarmPatterns", "alarmPatterns のサービス「" + service
                    + "」が services にありません。影響を受けるサービスごとにアラームを指定してください。");
        });
        return new ServiceAlarms(byService);
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
