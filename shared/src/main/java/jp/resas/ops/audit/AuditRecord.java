package jp.resas.ops.audit;

import java.time.Instant;

/** One line of the audit log as read back: {@code details} is its JSON (old and new values of a change). */
public record AuditRecord(long id, Instant at, String actor, String action, String targetType, String targetId,
        String details, String source) {
}
