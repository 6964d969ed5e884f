package jp.resas.ops.maintenance.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.MaintenanceCheck;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.maintenance.AlarmPattern;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.MaintenanceWindows;
import jp.resas.ops.maintenance.NewWindow;
import jp.resas.ops.maintenance.ServiceAlarms;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcMaintenanceWindows implements MaintenanceWindows, MaintenanceCheck {

    private static final String COLUMNS = "id, title, kind, services, alarm_patterns::text AS alarm_patterns, "
            + "starts_at, ends_at, status, created_by, version";
    private static final TypeReference<Map<String, List<String>>> PATTERNS = new TypeReference<>() { };

    private final Sql sql;
    private final ObjectMapper json;

    JdbcMaintenanceWindows(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public long insert(NewWindow w, String createdBy) {
        return sql.queryOne("""
                INSERT INTO maintenance_window (title, kind, services, alarm_patterns, starts_at, ends_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), w.title(), w.kind(), w.services().toArray(String[]::new),
                write(w.alarmPatterns()), w.startsAt(), w.endsAt(), createdBy).orElseThrow();
    }

    @Override
    public Optional<MaintenanceWindow> find(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM maintenance_window WHERE id = ?", this::window, id);
    }

    @Override
    public Optional<MaintenanceWindow> lock(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM maintenance_window WHERE id = ? FOR UPDATE", this::window, id);
    }

    @Override
    public void cancel(long id) {
        sql.update("UPDATE maintenance_window SET status = 'CANCELLED', version = version + 1 WHERE id = ?", id);
    }

    @Override
    public List<MaintenanceWindow> recent(int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM maintenance_window ORDER BY starts_at DESC, id DESC LIMIT ?",
                this::window, limit);
    }

    /** Of the windows open at {@code at}, latest start first, the first that affects the alarm's service. */
    @Override
    public Optional<Window> windowFor(AlarmRef alarm, Instant at) {
        return sql.query("""
                SELECT id, title, services, alarm_patterns::text AS alarm_patterns FROM maintenance_window
                WHERE status = 'SCHEDULED' AND starts_at <= ? AND ends_at > ? ORDER BY starts_at DESC, id DESC
                """, row -> {
                    ServiceAlarms alarms = alarms(services(row), row.getString("alarm_patterns"));
                    return alarms.covers(alarm) ? new Window(row.getLong("id"), row.getString("title"),
                            alarms.serviceOf(alarm).orElse(null)) : null;
                }, at, at).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public void record(Window window, AlarmRef alarm, Instant at, IncidentId incident) {
        sql.update("""
                INSERT INTO maintenance_alarm (window_id, alarm_arn, alarm_name, changed_at, incident_id, service)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, window.id(), alarm.arn(), alarm.name(), at, incident.value(), window.service());
        sql.update("UPDATE incident SET maintenance_window_id = ? WHERE id = ?", window.id(), incident.value());
    }

    private MaintenanceWindow window(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        List<String> services = services(row);
        return new MaintenanceWindow(id, row.getString("title"),
                MaintenanceWindow.Kind.valueOf(row.getString("kind")), services,
                alarms(services, row.getString("alarm_patterns")).texts(), Sql.instant(row, "starts_at"),
                Sql.instant(row, "ends_at"), MaintenanceWindow.Status.valueOf(row.getString("status")),
                row.getString("created_by"), row.getLong("version"), alarms(id));
    }

    private static List<String> services(ResultSet row) throws SQLException {
        Array services = row.getArray("services");
        return Arrays.asList((String[]) services.getArray());
    }

    /** In the window's order of services: JSONB keeps its keys in an order of its own. */
    private ServiceAlarms alarms(List<String> services, String stored) {
        Map<String, List<String>> patterns = read(stored);
        if (patterns.isEmpty()) {
            return ServiceAlarms.ANY;
        }
        Map<String, List<AlarmPattern>> byService = new LinkedHashMap<>();
        services.forEach(service -> byService.put(service, patterns.getOrDefault(service, List.of()).stream()
                .map(AlarmPattern::new).toList()));
        return new ServiceAlarms(byService);
    }

    private List<MaintenanceWindow.RecordedAlarm> alarms(long windowId) {
        return sql.query("SELECT alarm_name, alarm_arn, changed_at, incident_id, service FROM maintenance_alarm "
                + "WHERE window_id = ? ORDER BY changed_at, id", row -> new MaintenanceWindow.RecordedAlarm(
                        row.getString(1), row.getString(2), Sql.instant(row, "changed_at"),
                        row.getObject(4) == null ? null : row.getLong(4), row.getString(5)), windowId);
    }

    private Map<String, List<String>> read(String stored) {
        try {
            return json.readValue(stored, PATTERNS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maintenance_window.alarm_patterns is not a service → patterns object", e);
        }
    }

    private Sql.Json write(Map<String, List<String>> patterns) {
        try {
            return new Sql.Json(json.writeValueAsString(patterns == null ? Map.of() : patterns));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("alarm patterns are not serialisable", e);
        }
    }
}
