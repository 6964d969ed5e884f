package jp.resas.ops.audit;

/** Port: appends, never changes. Appended in the same transaction as the change it records. */
public interface AuditLog {

    void append(AuditEntry entry);
}
