package jp.resas.ops.audit.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.audit.AuditPage;
import jp.resas.ops.common.CsvTable;

/** A page of the audit log: {@code items} and {@code nextCursor}, or the same rows as CSV. */
record AuditListView(List<Item> items, String nextCursor) implements CsvTable.Source {

    /** One line; {@code details} is the JSON as recorded (old and new values of a change). */
    record Item(long id, Instant at, String actor, String action, String targetType, String targetId,
            @JsonRawValue String details, String source) {
    }

    static AuditListView of(AuditPage page) {
        return new AuditListView(page.items().stream().map(r -> new Item(r.id(), r.at(), r.actor(), r.action(),
                r.targetType(), r.targetId(), r.details(), r.source())).toList(),
                page.nextBeforeId().map(String::valueOf).orElse(null));
    }

    @Override
    @JsonIgnore
    public CsvTable csv() {
        List<List<Object>> rows = new ArrayList<>();
        items.forEach(i -> rows.add(List.of(i.id(), i.at().toString(), i.actor(), i.action(), i.targetType(),
                i.targetId() == null ? "" : i.targetId(), i.details(), i.source() == null ? "" : i.source())));
        return new CsvTable(List.of("id", "at", "actor", "action", "targetType", "targetId", "details", "source"), rows);
    }
}
