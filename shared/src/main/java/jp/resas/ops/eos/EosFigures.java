package jp.resas.ops.eos;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly report's version-upgrade figures: the items whose support ends within 180 days of {@code asOf}
 * (soonest first, with the upgrade under way if any) and the upgrades completed in {@code month}.
 */
public record EosFigures(YearMonth month, LocalDate asOf, List<Due> due, List<Done> done) {

    /** An item due, its days left and the upgrade planned for it (null if none yet). */
    public record Due(EosItem item, long daysLeft, Upgrade upgrade) {
    }

    /** An upgrade completed, with the item it retired. */
    public record Done(EosItem item, Upgrade upgrade) {
    }

    public EosFigures {
        due = List.copyOf(due);
        done = List.copyOf(done);
    }
}
