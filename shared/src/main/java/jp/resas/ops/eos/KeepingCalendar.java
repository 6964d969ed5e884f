package jp.resas.ops.eos;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.NotFoundException;

/**
 * An administrator keeps the EOS calendar: adds an item or corrects one against the version read. Whoever
 * saves a date is recorded as having reviewed it, now; every change is audited with the old and new date.
 */
public final class KeepingCalendar {

    /** What an administrator enters for an item (checked by the API before it gets here). */
    public record Entry(EosSystem system, EosCategory category, String name, String productVersion, LocalDate endsOn,
            String sourceUrl, String note, String runtimeKey) {
    }

    private final EosItems items;
    private final AuditLog audit;
    private final Clock clock;

    public KeepingCalendar(EosItems items, AuditLog audit, Clock clock) {
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    public long add(Entry entry, Actor admin) {
        long id = items.insert(new EosItem(0, entry.system(), entry.category(), entry.name(), entry.productVersion(),
                entry.endsOn(), entry.sourceUrl(), admin.name(), clock.instant(), true, entry.note(), null, 0,
                entry.runtimeKey()));
        audit.append(new AuditEntry(admin.name(), "eos.item.added", "eos_item", String.valueOf(id),
                details(entry, null), admin.source()));
        return id;
    }

    public void change(long id, long version, Entry entry, Actor admin) {
        EosItem current = items.lock(id).orElseThrow(() -> new NotFoundException("EOS 項目 " + id + " はありません。"));
        if (current.version() != version) {
            throw ConflictException.staleVersion(version, current.version());
        }
        EosItem changed = new EosItem(id, entry.system(), entry.category(), entry.name(), entry.productVersion(),
                entry.endsOn(), entry.sourceUrl(), admin.name(), clock.instant(), true, entry.note(), current.retiredAt(),
                version, entry.runtimeKey());
        if (!items.update(changed)) {
            throw ConflictException.staleVersion(version, version + 1);
        }
        audit.append(new AuditEntry(admin.name(), "eos.item.changed", "eos_item", String.valueOf(id),
                details(entry, current.endsOn()), admin.source()));
    }

    private static Map<String, Object> details(Entry entry, LocalDate before) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", entry.name() + " " + entry.productVersion());
        details.put("endsOn", entry.endsOn().toString());
        if (before != null) {
            details.put("endsOnBefore", before.toString());
        }
        details.put("sourceUrl", entry.sourceUrl());
        return details;
    }
}
