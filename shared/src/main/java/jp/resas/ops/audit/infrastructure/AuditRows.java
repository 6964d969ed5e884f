package jp.resas.ops.audit.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * The {@code audit_log} row of an entry, for {@link JdbcAuditLog} and for a store that writes it in the statement of
 * its own change (one round trip: alarm intake, issue 18).
 */
public final class AuditRows {

    /** Binds {@link #values}. */
    public static final String INSERT = "INSERT INTO audit_log (actor, action, target_type, target_id, details, source) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    private AuditRows() {
    }

    /** The parameters of {@link #INSERT}, in order. */
    public static Object[] values(AuditEntry entry, ObjectMapper json) {
        return new Object[] {entry.actor(), entry.action(), entry.targetType(), entry.targetId(), details(entry, json),
            entry.source()};
    }

    /** The {@code details} column's value of an entry. */
    public static Sql.Json details(AuditEntry entry, ObjectMapper json) {
        try {
            return new Sql.Json(json.writeValueAsString(entry.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serialisable: " + e.getOriginalMessage(), e);
        }
    }
}
