package jp.resas.ops.dataset.processing;

/**
 * One normalised figure: area (five-digit code), period ({@code YYYY} or {@code YYYY-MM}), category,
 * measure; {@code value} is the decimal text (null unless status is VALUE). {@code line}: where it came from.
 */
public record Observation(String area, String period, String category, String measure, String value,
        ValueStatus status, long line) {
}
