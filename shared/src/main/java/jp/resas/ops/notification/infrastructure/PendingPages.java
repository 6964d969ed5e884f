package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.platform.jdbc.Sql;

/** Whether an incident has a page nobody acknowledged yet (what {@link NotificationService#acknowledge} acts on). */
@Singleton
public class PendingPages {

    private final Sql sql;

    PendingPages(Sql sql) {
        this.sql = sql;
    }

    /** When the latest unacknowledged page of the incident was sent; empty when none waits. */
    public Optional<Instant> pagedAt(long incidentId) {
        return sql.queryOne("SELECT paged_at FROM incident_page WHERE incident_id = ? AND acknowledged_at IS NULL "
                + "ORDER BY paged_at DESC, id DESC LIMIT 1", row -> Sql.instant(row, "paged_at"), incidentId);
    }
}
