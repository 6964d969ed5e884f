package jp.resas.ops.eos;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The versions in use set against the calendar: each with the item covering it (the same system, the longest key
 * that covers it; between equal keys the soonest end), or none: a version nobody has entered (未登録), which an
 * administrator must add. Items upgraded away cover nothing.
 */
public final class ReadingVersionsInUse {

    /** A version in use and the calendar's item for it (null: not in the calendar), with its days left. */
    public record Line(VersionInUse version, EosItem item, Long daysLeft) {

        public boolean registered() {
            return item != null;
        }
    }

    private ReadingVersionsInUse() {
    }

    public static List<Line> lines(List<VersionInUse> versions, List<EosItem> items, LocalDate today) {
        return versions.stream().map(v -> {
            Optional<EosItem> item = covering(v, items);
            return new Line(v, item.orElse(null), item.map(i -> i.daysLeft(today)).orElse(null));
        }).toList();
    }

    /** The item that covers {@code version}, if any. */
    public static Optional<EosItem> covering(VersionInUse version, List<EosItem> items) {
        return items.stream()
                .filter(i -> !i.retired() && i.system() == version.system() && RuntimeKey.covers(i.runtimeKey(), version.key()))
                .max(Comparator.<EosItem>comparingInt(i -> i.runtimeKey().length())
                        .thenComparing(EosItem::endsOn, Comparator.reverseOrder()));
    }

    /** How many resources of the item's system run a version the item is the covering item of. */
    public static int resourcesOf(EosItem item, List<VersionInUse> versions, List<EosItem> items) {
        return versions.stream().filter(v -> covering(v, items).map(c -> c.id() == item.id()).orElse(false))
                .mapToInt(VersionInUse::resources).sum();
    }
}
