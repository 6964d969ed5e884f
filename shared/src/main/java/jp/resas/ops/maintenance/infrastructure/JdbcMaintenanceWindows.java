package jp.resas.ops.maintenance.infrastructure;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.MaintenanceCheck;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.MaintenanceWindows;
import jp.resas.ops.maintenance.NewWindow;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcMaintenanceWindows implements MaintenanceWindows, MaintenanceCheck {

    private static final String COLUMNS = "id, title, kind, services, starts_at, ends_at, status, created_by, version";

    private final Sql sql;

    JdbcMaintenanceWindows(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(NewWindow w, String createdBy) {
        return sql.queryOne("""
                INSERT INTO maintenance_window (title, kind, services, starts_at, ends_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), w.title(), w.kind(), w.services().toArray(String[]::new), w.startsAt(),
                w.endsAt(), createdBy).orElseThrow();
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

    @Override
    public Optional<Window> windowAt(Instant at) {
        return sql.queryOne("""
                SELECT id, title FROM maintenance_window
                WHERE status = 'SCHEDULED' AND starts_at <= ? AND ends_at > ? ORDER BY starts_at DESC, id DESC LIMIT 1
                """, row -> new Window(row.getLong(1), row.getString(2)), at, at);
    }

    @Override
    public void record(Window window, AlarmRef alarm, Instant at, IncidentId incident) {
        sql.update("""
                INSERT INTO maintenance_alarm (window_id, alarm_arn, alarm_name, changed_at, incident_id)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, window.id(), alarm.arn(), alarm.name(), at, incident.value());
        sql.update("UPDATE incident SET maintenance_window_id = ? WHERE id = ?", window.id(), incident.value());
    }

    private MaintenanceWindow window(ResultSet row) throws SQLException {
        Array services = row.getArray("services");
        long id = row.getLong("id");
        return new MaintenanceWindow(id, row.getString("title"),
                MaintenanceWindow.Kind.valueOf(row.getString("kind")),
                Arrays.asList((String[]) services.getArray()), Sql.instant(row, "starts_at"),
                Sql.instant(row, "ends_at"), MaintenanceWindow.Status.valueOf(row.getString("status")),
                row.getString("created_by"), row.getLong("version"), alarms(id));
    }

    private List<MaintenanceWindow.RecordedAlarm> alarms(long windowId) {
        return sql.query("SELECT alarm_name, alarm_arn, changed_at, incident_id FROM maintenance_alarm "
                + "WHERE window_id = ? ORDER BY changed_at, id", row -> new MaintenanceWindow.RecordedAlarm(
                        row.getString(1), row.getString(2), Sql.instant(row, "changed_at"),
                        row.getObject(4) == null ? null : row.getLong(4)), windowId);
    }
}
