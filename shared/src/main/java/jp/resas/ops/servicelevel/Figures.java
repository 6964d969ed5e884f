package jp.resas.ops.servicelevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Average and median of whole numbers, to one decimal (half up); null when there are none. */
public final class Figures {

    private Figures() {
    }

    public static BigDecimal average(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long sum = values.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    public static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(1, RoundingMode.HALF_UP);
    }
}
