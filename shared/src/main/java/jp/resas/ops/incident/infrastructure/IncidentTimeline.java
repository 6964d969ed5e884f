package jp.resas.ops.incident.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * An incident's timeline newest first, one keyset page at a time: an alarm that flaps for weeks adds an entry
 * per occurrence, so the portal never lists the whole timeline on one page.
 */
@Singleton
public class IncidentTimeline {

    private static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.instant("at"), Keyset.number("id"));

    private final Sql sql;

    IncidentTimeline(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Keyset.Page<TimelineEntry> page(IncidentId incident, Keyset.Request request) {
        return NEWEST_FIRST.page(sql, "SELECT id, at, kind, actor, message FROM incident_timeline WHERE incident_id = ?",
                row -> new TimelineEntry(Sql.instant(row, "at"), row.getString("kind"), row.getString("actor"),
                        row.getString("message")), request, incident.value());
    }
}
