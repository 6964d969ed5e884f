package jp.resas.ops.audit;

import java.util.Map;
import java.util.Objects;

/** One change: who ({@code actor}), what ({@code action} on a target), details, and from where. */
public record AuditEntry(String actor, String action, String targetType, String targetId,
        Map<String, ?> details, String source) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
