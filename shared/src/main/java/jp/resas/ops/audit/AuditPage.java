package jp.resas.ops.audit;

import java.util.List;
import java.util.Optional;

/** A page of audit lines and, when more follow, the id to continue before. */
public record AuditPage(List<AuditRecord> items, Optional<Long> nextBeforeId) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
