package jp.resas.ops.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Ratings given in a month (JST) through a channel ({@code ALL} sums the channels): how many, their
 * average and how many of each score 1..5.
 */
public record SatisfactionRow(YearMonth month, String channel, int ratings, BigDecimal average, List<Integer> byScore) {

    public static final String ALL = "ALL";

    public SatisfactionRow {
        byScore = List.copyOf(byScore);
    }
}
