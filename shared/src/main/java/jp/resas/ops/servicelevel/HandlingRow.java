package jp.resas.ops.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Handling times of the tickets of one kind and priority opened in one month (JST), in business
 * minutes (開庁日 9:00–17:00 of the calendar in force; pauses are not deducted): first response from
 * opening to the first response, resolution from opening to the resolution, each over the tickets that
 * have the fact; null when none has.
 */
public record HandlingRow(YearMonth month, String kind, String priority, int opened, int responded,
        BigDecimal firstResponseAverage, BigDecimal firstResponseMedian, int resolved, BigDecimal resolutionAverage,
        BigDecimal resolutionMedian) {
}
