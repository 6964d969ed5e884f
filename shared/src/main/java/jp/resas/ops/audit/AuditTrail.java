package jp.resas.ops.audit;

/** Port: reads the audit log back for administrators (PostgreSQL in {@code infrastructure}). */
public interface AuditTrail {

    AuditPage find(AuditQuery query);
}
