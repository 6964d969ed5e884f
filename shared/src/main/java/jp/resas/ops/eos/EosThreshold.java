package jp.resas.ops.eos;

import java.util.Optional;

/** How long before the end of support a ticket is raised: 180, 90 and 30 days. */
public enum EosThreshold {
    D180(180),
    D90(90),
    D30(30);

    private final int days;

    EosThreshold(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /**
     * The tightest threshold reached with {@code daysLeft} to go (an item first seen 20 days before its end
     * raises only the 30-day ticket, not three at once); empty when more than 180 days are left.
     */
    public static Optional<EosThreshold> reached(long daysLeft) {
        Optional<EosThreshold> tightest = Optional.empty();
        for (EosThreshold t : values()) {
            if (daysLeft <= t.days) {
                tightest = Optional.of(t);
            }
        }
        return tightest;
    }

    public static EosThreshold ofDays(int days) {
        for (EosThreshold t : values()) {
            if (t.days == days) {
                return t;
            }
        }
        throw new IllegalArgumentException("no EOS threshold of " + days + " days");
    }
}
