package jp.resas.ops.slaadmin.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaPolicy;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slaadmin.SlaPolicyStore;
import jp.resas.ops.slaadmin.StoredPolicy;

@Singleton
final class JdbcSlaPolicyStore implements SlaPolicyStore {

    private final Sql sql;

    JdbcSlaPolicyStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<StoredPolicy> changed() {
        return sql.query("""
                SELECT ticket_type, priority, first_response_minutes, resolution_minutes, warning_percent, paused_by,
                       version, updated_by, updated_at
                FROM sla_policy
                """, JdbcSlaPolicyStore::stored);
    }

    @Override
    public boolean save(SlaPolicy p, long expectedVersion, String by, Instant at) {
        String[] pauses = p.pausedBy().stream().map(Enum::name).sorted().toArray(String[]::new);
        if (expectedVersion == 0) {
            return sql.update("""
                    INSERT INTO sla_policy (ticket_type, priority, first_response_minutes, resolution_minutes,
                                            warning_percent, paused_by, version, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING
                    """, p.type(), p.priority(), (int) p.firstResponse().toMinutes(), (int) p.resolution().toMinutes(),
                    p.warningPercent(), pauses, by, at) == 1;
        }
        return sql.update("""
                UPDATE sla_policy SET first_response_minutes = ?, resolution_minutes = ?, warning_percent = ?,
                       paused_by = ?, version = version + 1, updated_by = ?, updated_at = ?
                WHERE ticket_type = ? AND priority = ? AND version = ?
                """, (int) p.firstResponse().toMinutes(), (int) p.resolution().toMinutes(), p.warningPercent(), pauses,
                by, at, p.type(), p.priority(), expectedVersion) == 1;
    }

    private static StoredPolicy stored(ResultSet row) throws SQLException {
        SlaPolicy policy = new SlaPolicy(TicketType.valueOf(row.getString("ticket_type")),
                Priority.valueOf(row.getString("priority")), Duration.ofMinutes(row.getInt("first_response_minutes")),
                Duration.ofMinutes(row.getInt("resolution_minutes")), row.getInt("warning_percent"),
                Arrays.stream((String[]) row.getArray("paused_by").getArray()).map(PauseReason::valueOf)
                        .collect(Collectors.toSet()));
        return new StoredPolicy(policy, row.getLong("version"), row.getString("updated_by"),
                Sql.instant(row, "updated_at"));
    }
}
