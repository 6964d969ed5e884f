package jp.resas.ops.eos;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One thing RESAS or RESAS Ops runs on and the last day it is supported ({@code endsOn}), as published at
 * {@code sourceUrl} and checked by {@code reviewedBy} at {@code reviewedAt}; {@code reviewed} is false while the date
 * is still as seeded and no administrator has checked it. A retired item was upgraded away. {@code runtimeKey} (may be
 * null) names the versions in use it covers, as the configuration ledger reads them ({@link RuntimeKey}).
 */
public record EosItem(long id, EosSystem system, EosCategory category, String name, String productVersion,
        LocalDate endsOn, String sourceUrl, String reviewedBy, Instant reviewedAt, boolean reviewed, String note, Instant retiredAt,
        long version, String runtimeKey) {

    /** Days from {@code today} to the end of support (negative once it has passed). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, endsOn);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** What a person calls it: "Amazon Aurora PostgreSQL 16 (16.6)". */
    public String label() {
        return name + " " + productVersion;
    }
}
