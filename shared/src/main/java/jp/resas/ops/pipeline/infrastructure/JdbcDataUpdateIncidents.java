package jp.resas.ops.pipeline.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import jp.resas.ops.pipeline.DataUpdateIncidents;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.platform.jdbc.Sql;

/** {@link DataUpdateIncidents} as rows of {@code incident} and its timeline, in the run's transaction. */
@Singleton
class JdbcDataUpdateIncidents implements DataUpdateIncidents {

    private final Sql sql;

    JdbcDataUpdateIncidents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long raise(Run run, String reason, Instant at) {
        long incident = sql.queryOne("""
                INSERT INTO incident (title, severity, status, source, opened_at, created_by, impact)
                VALUES (?, 3, 'DETECTED', 'PIPELINE', ?, 'pipeline', ?) RETURNING id""", row -> row.getLong(1),
                "データ更新失敗: " + run.dataset() + "（実行 " + run.id().value() + "）", at,
                "新しい版は公開されていません。公開中の版はそのままです。").orElseThrow();
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message) VALUES (?, ?, 'DETECTED', 'pipeline', ?)",
                incident, at, truncate(reason));
        return incident;
    }

    @Override
    public void note(long incidentId, Instant at, String actor, String message) {
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message) VALUES (?, ?, 'NOTE', ?, ?)",
                incidentId, at, actor, message);
    }

    private static String truncate(String text) {
        return text == null ? "" : text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
