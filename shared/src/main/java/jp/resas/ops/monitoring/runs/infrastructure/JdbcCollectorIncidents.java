package jp.resas.ops.monitoring.runs.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.CollectorIncidents;
import jp.resas.ops.platform.jdbc.Sql;

/** Incidents keyed by {@code dedup_key}: the partial unique index keeps one open per key. */
@Singleton
final class JdbcCollectorIncidents implements CollectorIncidents {

    private final Sql sql;

    JdbcCollectorIncidents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long openOrAdd(String dedupKey, String source, int severity, String title, String message, Instant at) {
        Optional<Long> open = sql.queryOne("SELECT id FROM incident WHERE dedup_key = ? AND status <> 'CLOSED' "
                + "FOR UPDATE", row -> row.getLong(1), dedupKey);
        long id;
        String kind;
        if (open.isPresent()) {
            id = open.get();
            kind = "OCCURRENCE";
            sql.update("UPDATE incident SET occurrences = occurrences + 1, updated_at = now(), version = version + 1 "
                    + "WHERE id = ?", id);
        } else {
            kind = "DETECTED";
            id = sql.queryOne("INSERT INTO incident (title, severity, status, source, dedup_key, occurrences, opened_at) "
                    + "VALUES (?, ?, 'DETECTED', ?, ?, 1, ?) RETURNING id", row -> row.getLong(1),
                    title, severity, source, dedupKey, at).orElseThrow();
        }
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message) VALUES (?, ?, ?, ?, ?)",
                id, at, kind, source.toLowerCase(), message);
        sql.update("INSERT INTO audit_log (actor, action, target_type, target_id, details) VALUES (?, ?, 'incident', ?, "
                + "jsonb_build_object('dedupKey', ?::text))", source.toLowerCase(),
                kind.equals("DETECTED") ? "incident.open" : "incident.occurrence", String.valueOf(id), dedupKey);
        return id;
    }
}
