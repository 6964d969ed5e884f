package jp.resas.ops.eos.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.eos.EosFigures;
import jp.resas.ops.eos.EosItem;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.eos.EosThreshold;
import jp.resas.ops.eos.KeepingCalendar;
import jp.resas.ops.eos.ReadingVersionsInUse;
import jp.resas.ops.eos.VersionInUse;
import jp.resas.ops.eos.VersionsInUse;
import jp.resas.ops.eos.Upgrade;
import jp.resas.ops.eos.Upgrades;
import jp.resas.ops.eos.Upgrading;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** The EOS calendar's and the upgrades' use cases for the API, the portal and the report, one transaction each. */
@Singleton
public class EosService {

    /** An item with its upgrades and the tickets the watch raised for it. */
    public record ItemDetail(EosItem item, long daysLeft, List<Upgrade> upgrades, List<Alert> alerts) {
    }

    /** A ticket the watch raised. */
    public record Alert(int thresholdDays, LocalDate endsOn, Long ticketId, Instant raisedAt) {
    }

    /** The versions the latest configuration snapshot finds deployed, each with its calendar item or none (未登録). */
    public record InUse(Long snapshotId, Instant takenAt, List<ReadingVersionsInUse.Line> lines) {

        public long unregistered() {
            return lines.stream().filter(l -> !l.registered()).count();
        }
    }

    private final JdbcEosItems items;
    private final VersionsInUse versionsInUse;
    private final Upgrades upgrades;
    private final KeepingCalendar keeping;
    private final Upgrading upgrading;
    private final Sql sql;
    private final Clock clock;

    EosService(JdbcEosItems items, Upgrades upgrades, AuditLog audit, Sql sql, VersionsInUse versionsInUse, Clock clock) {
        this.items = items;
        this.versionsInUse = versionsInUse;
        this.upgrades = upgrades;
        this.keeping = new KeepingCalendar(items, audit, clock);
        this.upgrading = new Upgrading(items, upgrades, audit, clock);
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional
    public Keyset.Page<EosItem> list(Optional<EosSystem> system, Optional<LocalDate> endingBy, boolean retired,
            Keyset.Request page) {
        return items.list(system, endingBy, retired, page);
    }

    /** What {@code system} (or both) runs, from the configuration ledger, against the calendar. */
    @Transactional
    public InUse inUse(Optional<EosSystem> system) {
        VersionsInUse.Reading reading = versionsInUse.current();
        List<VersionInUse> versions = reading.versions().stream()
                .filter(v -> system.map(s -> s == v.system()).orElse(true)).toList();
        return new InUse(reading.snapshotId(), reading.takenAt(), ReadingVersionsInUse.lines(versions, items.keyed(),
                today()));
    }

    @Transactional
    public ItemDetail item(long id) {
        EosItem item = items.get(id).orElseThrow(() -> new NotFoundException("EOS 項目 " + id + " はありません。"));
        List<Alert> alerts = sql.query("SELECT threshold_days, ends_on, ticket_id, raised_at FROM eos_alert WHERE item_id = ? "
                + "ORDER BY threshold_days DESC", row -> {
                    long ticket = row.getLong("ticket_id");
                    return new Alert(row.getInt("threshold_days"), row.getObject("ends_on", LocalDate.class),
                            row.wasNull() ? null : ticket, Sql.instant(row, "raised_at"));
                }, id);
        return new ItemDetail(item, item.daysLeft(today()), upgrades.ofItem(id), alerts);
    }

    @Transactional
    public ItemDetail add(KeepingCalendar.Entry entry, Actor admin) {
        return item(keeping.add(entry, admin));
    }

    @Transactional
    public ItemDetail change(long id, long version, KeepingCalendar.Entry entry, Actor admin) {
        keeping.change(id, version, entry, admin);
        return item(id);
    }

    @Transactional
    public Upgrade plan(long itemId, long changeRequestId, String targetVersion, Actor actor) {
        return upgrades.get(upgrading.plan(itemId, changeRequestId, targetVersion, actor)).orElseThrow();
    }

    @Transactional
    public Upgrade test(long id, long version, String environment, Upgrade.TestResult result, String summary,
            String evidence, Actor tester) {
        return upgrading.test(id, version, environment, result, summary, evidence, tester);
    }

    @Transactional
    public Upgrade complete(long id, long version, Actor actor) {
        return upgrading.complete(id, version, actor);
    }

    @Transactional
    public Upgrade upgrade(long id) {
        return upgrades.get(id).orElseThrow(() -> new NotFoundException("バージョンアップ " + id + " はありません。"));
    }

    /**
     * The report's figures for {@code month}: items due within 180 days of the month's last day (or of today,
     * for the running month; a RESAS item naming its versions only while RESAS runs one) and the upgrades completed
     * in the month.
     */
    @Transactional
    public EosFigures figures(YearMonth month) {
        LocalDate today = today();
        LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        List<VersionInUse> versions = versionsInUse.current().versions();
        List<EosItem> keyed = items.keyed();
        // as the watch: a RESAS item of the published tables counts only while RESAS runs it
        List<EosFigures.Due> due = items.endingBy(asOf.plusDays(EosThreshold.D180.days())).stream()
                .filter(i -> i.system() != EosSystem.RESAS || i.runtimeKey() == null
                        || ReadingVersionsInUse.resourcesOf(i, versions, keyed) > 0)
                .map(i -> new EosFigures.Due(i, i.daysLeft(asOf), upgrades.ofItem(i.id()).stream()
                        .max(Comparator.comparingLong(Upgrade::id)).orElse(null)))
                .toList();
        Instant from = month.atDay(1).atStartOfDay(BusinessCalendar.JST).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(BusinessCalendar.JST).toInstant();
        List<EosFigures.Done> done = upgrades.doneBetween(from, to).stream()
                .map(u -> new EosFigures.Done(items.get(u.itemId()).orElseThrow(), u)).toList();
        return new EosFigures(month, asOf, due, done);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.JST);
    }
}
