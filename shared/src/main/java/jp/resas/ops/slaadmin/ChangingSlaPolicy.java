package jp.resas.ops.slaadmin;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaPolicy;
import jp.resas.ops.sla.TicketType;

/**
 * An administrator changes one SLA policy. Each value is checked and refused by name; the change is
 * a compare-and-set on the version read, and audited with the values before and after.
 */
public final class ChangingSlaPolicy {

    /** 300 開庁日: beyond this a target is a typing error, and the day-by-day arithmetic gets slow. */
    static final long MAX_MINUTES = 300L * 8 * 60;

    private final SlaPolicyStore store;
    private final AuditLog audit;
    private final Clock clock;

    public ChangingSlaPolicy(SlaPolicyStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public void change(TicketType type, Priority priority, PolicyChange change, Actor actor) {
        long first = minutes("firstResponseMinutes", change.firstResponseMinutes());
        long resolution = minutes("resolutionMinutes", change.resolutionMinutes());
        if (resolution < first) {
            throw new InvalidInputException("resolutionMinutes", "解決目標 (resolutionMinutes) は初回応答目標 "
                    + "(firstResponseMinutes) 以上にしてください。");
        }
        Integer warning = change.warningPercent();
        if (warning == null || warning < 1 || warning > 99) {
            throw new InvalidInputException("warningPercent", "警告しきい値 (warningPercent) は 1 から 99 の整数 (%) で"
                    + "指定してください。");
        }
        if (change.pausedBy() == null) {
            throw new InvalidInputException("pausedBy", "pausedBy (時計を止める待ちの種類の一覧、空でも可) を指定してください。");
        }
        List<PauseReason> pauses = change.pausedBy().stream().map(p -> Texts.oneOf("pausedBy", p, PauseReason.class))
                .toList();
        if (change.version() == null) {
            throw new InvalidInputException("version", "version (取得時の版) を指定してください。");
        }
        StoredPolicy before = PolicyTable.of(store.changed()).get(type, priority);
        SlaPolicy after = new SlaPolicy(type, priority, Duration.ofMinutes(first), Duration.ofMinutes(resolution),
                warning, java.util.Set.copyOf(pauses));
        if (before.version() != change.version() || !store.save(after, change.version(), actor.name(), clock.instant())) {
            throw ConflictException.staleVersion(change.version(), before.version());
        }
        audit.append(new AuditEntry(actor.name(), "sla_policy.change", "sla_policy", type + "/" + priority,
                Map.of("before", values(before.policy()), "after", values(after)), actor.source()));
    }

    private static long minutes(String field, Long value) {
        if (value == null || value <= 0 || value > MAX_MINUTES) {
            throw new InvalidInputException(field, field + " は 1 から " + MAX_MINUTES + " の整数 (営業時間の分) で"
                    + "指定してください。");
        }
        return value;
    }

    private static Map<String, Object> values(SlaPolicy p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstResponseMinutes", p.firstResponse().toMinutes());
        values.put("resolutionMinutes", p.resolution().toMinutes());
        values.put("warningPercent", p.warningPercent());
        values.put("pausedBy", new TreeSet<>(p.pausedBy().stream().map(Enum::name).toList()));
        return values;
    }
}
