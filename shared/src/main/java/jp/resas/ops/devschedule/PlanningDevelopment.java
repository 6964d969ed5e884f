package jp.resas.ops.devschedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;

/**
 * Operators add an item to the schedule and keep it up to date. Planned dates follow the milestones'
 * order; an actual date is not in the future; a DONE item has released; change requests must exist.
 */
public final class PlanningDevelopment {

    private final DevSchedule schedule;
    private final AuditLog audit;
    private final Clock clock;

    public PlanningDevelopment(DevSchedule schedule, AuditLog audit, Clock clock) {
        this.schedule = schedule;
        this.audit = audit;
        this.clock = clock;
    }

    public long add(DevItemChange change, Actor actor) {
        Instant now = clock.instant();
        DevItem item = checked(0, change, actor, now, 0);
        long id = schedule.insert(item);
        schedule.keepPlan(id, planned(item), actor.name(), now);
        audit.append(new AuditEntry(actor.name(), "devschedule.add", "dev_item", String.valueOf(id),
                Map.of("name", item.name(), "plan", planned(item).toString()), actor.source()));
        return id;
    }

    public void update(long id, Long version, DevItemChange change, Actor actor) {
        DevItem before = schedule.lock(id).orElseThrow(() -> new NotFoundException("開発項目 " + id + " は存在しません。"));
        if (version == null) {
            throw new InvalidInputException("version", "version を指定してください。");
        }
        if (version != before.version()) {
            throw jp.resas.ops.common.ConflictException.staleVersion(version, before.version());
        }
        Instant now = clock.instant();
        DevItem after = checked(id, change, actor, now, before.version() + 1);
        schedule.save(after);
        if (!planned(after).equals(planned(before))) {
            schedule.keepPlan(id, planned(after), actor.name(), now);
        }
        audit.append(new AuditEntry(actor.name(), "devschedule.update", "dev_item", String.valueOf(id),
                Map.of("before", summary(before), "after", summary(after)), actor.source()));
    }

    private DevItem checked(long id, DevItemChange c, Actor actor, Instant now, long version) {
        String name = Texts.required("name", c.name(), 200);
        if (c.kind() == null) {
            throw new InvalidInputException("kind", "kind は MENU, FUNCTION のいずれかを指定してください。");
        }
        if (c.status() == null) {
            throw new InvalidInputException("status", "status は PLANNED, IN_PROGRESS, DONE, ON_HOLD のいずれかを指定してください。");
        }
        int progress = c.progress() == null ? 0 : c.progress();
        if (progress < 0 || progress > 100) {
            throw new InvalidInputException("progress", "progress は 0 から 100 の整数で指定してください。");
        }
        Map<Milestone, MilestoneDates> dates = new EnumMap<>(Milestone.class);
        if (c.milestones() != null) {
            dates.putAll(c.milestones());
        }
        LocalDate today = now.atOffset(jp.resas.ops.calendar.BusinessCalendar.JST).toLocalDate();
        LocalDate previous = null;
        for (Milestone m : Milestone.values()) {
            MilestoneDates d = dates.getOrDefault(m, new MilestoneDates(null, null));
            if (d.planned() == null) {
                throw new InvalidInputException("milestones." + m.name() + ".planned",
                        m.label() + "の予定日を入力してください。");
            }
            if (previous != null && d.planned().isBefore(previous)) {
                throw new InvalidInputException("milestones." + m.name() + ".planned",
                        m.label() + "の予定日は前の工程の予定日以降にしてください。");
            }
            if (d.actual() != null && d.actual().isAfter(today)) {
                throw new InvalidInputException("milestones." + m.name() + ".actual",
                        m.label() + "の実績日に未来の日付は指定できません。");
            }
            previous = d.planned();
        }
        if (c.status() == DevStatus.DONE && (dates.get(Milestone.RELEASE).actual() == null || progress != 100)) {
            throw new InvalidInputException("status", "完了にするにはリリースの実績日と進捗 100 が必要です。");
        }
        List<Long> crs = c.changeRequests() == null ? List.of() : List.copyOf(new LinkedHashSet<>(c.changeRequests()));
        List<Long> unknown = schedule.unknownChangeRequests(crs);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("changeRequests", "変更要求 " + unknown + " は存在しません。");
        }
        return new DevItem(id, name, c.kind(), Texts.optional("description", c.description(), 2000), c.status(),
                progress, dates, crs, actor.name(), now, version);
    }

    static Map<Milestone, LocalDate> planned(DevItem item) {
        Map<Milestone, LocalDate> planned = new EnumMap<>(Milestone.class);
        item.milestones().forEach((m, d) -> planned.put(m, d.planned()));
        return planned;
    }

    private static String summary(DevItem i) {
        return i.status() + " " + i.progress() + "% " + new EnumMap<>(i.milestones());
    }
}
