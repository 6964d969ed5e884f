package jp.resas.ops.servicelevel;

import java.math.BigDecimal;

/** A figure that got worse from the month before to the month (longer times, lower satisfaction). */
public record Fall(String what, BigDecimal before, BigDecimal now, String unit) {
}
