package jp.resas.ops.eos.web;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.eos.EosCategory;
import jp.resas.ops.eos.EosItem;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.eos.Upgrade;
import jp.resas.ops.eos.infrastructure.EosService;
import jp.resas.ops.portal.web.Jst;

/** What the EOS item page shows: the item's facts as people read them, its form's values, its upgrades and tickets. */
@Singleton
final class EosPageViews {

    /** A choice of a select: the value sent and the label read. */
    record Option(String value, String label) {
    }

    /** One upgrade with its test record and what may still be done with it. */
    record UpgradeView(long id, long changeRequestId, String targetVersion, String status, String statusClass,
            String planned, String test, String testClass, String testDetail, String evidence, String done,
            long version, boolean testable, boolean completable) {
    }

    /** A ticket the watch raised. */
    record AlertView(String threshold, String endsOn, Long ticketId, String raisedAt) {
    }

    record ItemPage(EosItem item, String system, String category, String endsOn, long daysLeft, boolean reviewed,
            String review, Map<String, String> entry, List<Option> systems, List<Option> categories,
            List<UpgradeView> upgrades, List<AlertView> alerts, boolean plannable) {

        /** The newest upgrade not yet done: the one whose test and completion the page's forms record. */
        public UpgradeView current() {
            return upgrades.stream().filter(UpgradeView::testable).findFirst().orElse(null);
        }
    }

    /** The page adding an item: the form's empty values and its choices. */
    record NewItemPage(Map<String, String> entry, List<Option> systems, List<Option> categories) {
    }

    static NewItemPage newItem() {
        return newItem(Map.of());
    }

    /** The form prefilled with {@code given} (a version in use not in the calendar: its system, category and key). */
    static NewItemPage newItem(Map<String, String> given) {
        Map<String, String> entry = new LinkedHashMap<>();
        for (String field : List.of("system", "category", "name", "productVersion", "endsOn", "sourceUrl", "note",
                "runtimeKey")) {
            String value = given.get(field);
            entry.put(field, value == null ? "" : value.strip());
        }
        return new NewItemPage(entry, SYSTEMS, CATEGORIES);
    }

    static final List<Option> SYSTEMS = Arrays.stream(EosSystem.values()).map(s -> new Option(s.name(), s.label()))
            .toList();
    static final List<Option> CATEGORIES = Arrays.stream(EosCategory.values())
            .map(c -> new Option(c.name(), c.label())).toList();

    private final Clock clock;

    EosPageViews(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Jst.ZONE));
    }

    /** Who checked the date and when, or that nobody has yet. */
    static String review(EosItem item) {
        return item.reviewed() ? item.reviewedBy() + "、" + Jst.date(LocalDate.ofInstant(item.reviewedAt(), Jst.ZONE))
                : "未確認（初期登録のまま）";
    }

    ItemPage item(EosService.ItemDetail detail) {
        EosItem i = detail.item();
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("system", i.system().name());
        entry.put("category", i.category().name());
        entry.put("name", i.name());
        entry.put("productVersion", i.productVersion());
        entry.put("endsOn", i.endsOn().toString());
        entry.put("sourceUrl", i.sourceUrl());
        entry.put("note", i.note() == null ? "" : i.note());
        entry.put("runtimeKey", i.runtimeKey() == null ? "" : i.runtimeKey());
        entry.put("version", String.valueOf(i.version()));
        List<UpgradeView> upgrades = detail.upgrades().stream().sorted(Comparator.comparingLong(Upgrade::id).reversed())
                .map(EosPageViews::upgrade).toList();
        return new ItemPage(i, i.system().label(), i.category().label(), Jst.date(i.endsOn()), detail.daysLeft(),
                i.reviewed(), review(i), entry, SYSTEMS, CATEGORIES, upgrades, detail.alerts().stream()
                        .map(a -> new AlertView(a.thresholdDays() + " 日前", Jst.date(a.endsOn()), a.ticketId(),
                                Jst.at(a.raisedAt()))).toList(), !i.retired());
    }

    private static UpgradeView upgrade(Upgrade u) {
        Upgrade.TestRecord t = u.test();
        String status = switch (u.status()) {
            case PLANNED -> "計画";
            case TESTED -> "試験済";
            case DONE -> "完了";
        };
        String test = t == null ? "未試験" : t.result() == Upgrade.TestResult.PASSED ? "合格" : "不合格";
        String testClass = t == null ? "" : t.result() == Upgrade.TestResult.PASSED ? "tag-ok" : "tag-error";
        String detail = t == null ? "" : t.environment() + "で " + t.testedBy() + " が試験（" + Jst.at(t.testedAt()) + "）: "
                + t.summary();
        return new UpgradeView(u.id(), u.changeRequestId(), u.targetVersion(), status,
                u.status() == Upgrade.Status.DONE ? "tag-ok" : "", u.plannedBy() + "（" + Jst.at(u.plannedAt()) + "）", test,
                testClass, detail, t == null || t.evidence() == null ? "" : t.evidence(),
                u.doneBy() == null ? "" : u.doneBy() + "（" + Jst.at(u.doneAt()) + "）", u.version(),
                u.status() != Upgrade.Status.DONE,
                u.status() == Upgrade.Status.TESTED && t.result() == Upgrade.TestResult.PASSED);
    }
}
