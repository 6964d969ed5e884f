package jp.resas.ops.audit.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.audit.AuditPage;
import jp.resas.ops.audit.AuditQuery;
import jp.resas.ops.audit.AuditRecord;
import jp.resas.ops.audit.AuditTrail;
import jp.resas.ops.platform.jdbc.Sql;

/** Keyset pages over {@code audit_log}, newest first by id (ids only grow, so pages never skip or repeat). */
@Singleton
public class JdbcAuditTrail implements AuditTrail {

    private final Sql sql;

    JdbcAuditTrail(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public AuditPage find(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        query.actor().ifPresent(v -> add(where, params, " AND actor = ?", v));
        query.action().ifPresent(v -> {
            if (v.endsWith("*")) {
                add(where, params, " AND starts_with(action, ?)", v.substring(0, v.length() - 1));
            } else {
                add(where, params, " AND action = ?", v);
            }
        });
        query.targetType().ifPresent(v -> add(where, params, " AND target_type = ?", v));
        query.targetId().ifPresent(v -> add(where, params, " AND target_id = ?", v));
        query.from().ifPresent(v -> add(where, params, " AND at >= ?", v));
        query.until().ifPresent(v -> add(where, params, " AND at < ?", v));
        query.beforeId().ifPresent(v -> add(where, params, " AND id < ?", v));
        params.add(query.limit() + 1);
        List<AuditRecord> rows = sql.query("SELECT id, at, actor, action, target_type, target_id, details::text, source "
                + "FROM audit_log" + where + " ORDER BY id DESC LIMIT ?", row -> new AuditRecord(row.getLong("id"),
                Sql.instant(row, "at"), row.getString("actor"), row.getString("action"), row.getString("target_type"),
                row.getString("target_id"), row.getString("details"), row.getString("source")), params.toArray());
        if (rows.size() <= query.limit()) {
            return new AuditPage(rows, Optional.empty());
        }
        List<AuditRecord> page = rows.subList(0, query.limit());
        return new AuditPage(page, Optional.of(page.get(page.size() - 1).id()));
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        where.append(condition);
        params.add(value);
    }
}
