package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** The month-end total: actual cost up to {@code computedOn} plus Cost Explorer's forecast for the rest. */
public record Forecast(YearMonth month, BigDecimal amount, String unit, LocalDate computedOn) {
}
