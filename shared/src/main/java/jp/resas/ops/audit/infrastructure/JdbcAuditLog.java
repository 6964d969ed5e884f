package jp.resas.ops.audit.infrastructure;

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
        sql.update(AuditRows.INSERT, AuditRows.values(entry, json));
    }
}
