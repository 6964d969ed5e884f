package jp.resas.ops.audit.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcAuditLog implements AuditLog {

    private final Sql sql;
    private final ObjectMapper json;

    JdbcAuditLog(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void append(AuditEntry entry) {
        String details;
        try {
            details = json.writeValueAsString(entry.details());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serialisable: " + e.getOriginalMessage(), e);
        }
        sql.update("INSERT INTO audit_log (actor, action, target_type, target_id, details, source) VALUES (?, ?, ?, ?, ?, ?)",
                entry.actor(), entry.action(), entry.targetType(), entry.targetId(), new Sql.Json(details), entry.source());
    }
}
