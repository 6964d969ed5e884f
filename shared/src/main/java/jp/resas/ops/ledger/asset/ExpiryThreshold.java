package jp.resas.ops.ledger.asset;

import java.util.Optional;

/** The warnings before an asset's date (60, 30, 7 days) and the end itself. */
public enum ExpiryThreshold {
    D60(60),
    D30(30),
    D7(7),
    ENDED(0);

    private final int days;

    ExpiryThreshold(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** The nearest warning that {@code daysLeft} has reached (7 before 30 before 60); empty past 60 or once ended. */
    public static Optional<ExpiryThreshold> warningFor(long daysLeft) {
        for (ExpiryThreshold threshold : new ExpiryThreshold[] {D7, D30, D60}) {
            if (daysLeft <= threshold.days) {
                return Optional.of(threshold);
            }
        }
        return Optional.empty();
    }
}
